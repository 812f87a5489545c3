package org.mtp.adapter.http.geo;

import java.util.ArrayList;
import java.util.List;
import org.mtp.application.model.format.SequenceTracks;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Photo;

/**
 * RFC 7946 GeoJSON as wire records: a Feature with a geometry (or null) and properties. Positions are
 * {@code [longitude, latitude]} in WGS84.
 */
public final class GeoJson {

    private GeoJson() {}

    /** A Feature; {@code id} is the item's UUID, {@code properties} its JSON representation. */
    public record Feature(String type, String id, Geometry geometry, Object properties) {

        public static Feature of(String id, Geometry geometry, Object properties) {
            return new Feature("Feature", id, geometry, properties);
        }
    }

    /** A geometry: its type name and coordinates, nested lists of numbers. */
    public record Geometry(String type, Object coordinates) {}

    public static List<Double> position(GeoPoint point) {
        return List.of(point.lon(), point.lat());
    }

    /** The photos' positions in order. */
    public static List<List<Double>> positions(List<Photo> photos) {
        List<List<Double>> positions = new ArrayList<>(photos.size());
        for (Photo photo : photos) {
            positions.add(position(photo.point()));
        }
        return positions;
    }

    /**
     * The track of a sequence, as {@link SequenceTracks} decides it for every download: a LineString of its photos when
     * they stand at two distinct positions or more, else a Point, null for none (a draft).
     */
    public static Geometry track(List<Photo> photos) {
        String type = SequenceTracks.geometryType(photos);
        if (type == null) {
            return null;
        }
        return type.equals("Point")
                ? new Geometry(type, position(photos.get(0).point()))
                : new Geometry(type, positions(photos));
    }
}
