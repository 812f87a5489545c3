package org.mtp.adapter.http.geo;

import java.util.ArrayList;
import java.util.List;
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

    /** The track of a sequence: a LineString of its photos, a Point for one photo, null for none (a draft). */
    public static Geometry track(List<Photo> photos) {
        if (photos.isEmpty()) {
            return null;
        }
        if (photos.size() == 1) {
            return new Geometry("Point", position(photos.get(0).point()));
        }
        return new Geometry("LineString", positions(photos));
    }

    /**
     * The tracks of several sequences as one MultiLineString, one line per sequence and never a line between two of
     * them; a one-photo sequence is a line of its photo twice (a line needs two positions); null when there are none.
     */
    public static Geometry tracks(List<List<Photo>> sequences) {
        List<List<List<Double>>> lines = new ArrayList<>();
        for (List<Photo> photos : sequences) {
            if (photos.isEmpty()) {
                continue;
            }
            List<List<Double>> line = new ArrayList<>(positions(photos));
            if (line.size() == 1) {
                line.add(line.get(0));
            }
            lines.add(line);
        }
        return lines.isEmpty() ? null : new Geometry("MultiLineString", lines);
    }
}
