package org.mtp.application.model.format;

import java.util.List;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;

/**
 * A sequence as a track in the download formats both driving adapters answer: a GPX track with a point per photo, and a
 * GeoJSON geometry (a LineString of its photos in order when they stand at two distinct positions or more, else a
 * Point, null for a draft without photos). A line of one position repeated has no length, and GEOS and PostGIS refuse
 * it.
 */
public final class SequenceTracks {

    private SequenceTracks() {}

    public static String gpx(Sequence s) {
        List<List<Gpx.Point>> segments = s.photos().isEmpty() ? List.of() : List.of(points(s.photos()));
        return Gpx.write(new Gpx.Track(
                s.details().name(),
                s.details().description(),
                s.details().transportType().displayName(),
                segments));
    }

    /** A track point per photo, in order, with the photo's own time when it has one. */
    public static List<Gpx.Point> points(List<Photo> photos) {
        return photos.stream()
                .map(p -> new Gpx.Point(
                        p.point().lon(),
                        p.point().lat(),
                        p.capturedAt(),
                        p.key().value()))
                .toList();
    }

    /** The photos' positions in order, each {@code [longitude, latitude]} as RFC 7946 has them. */
    public static List<List<Double>> positions(List<Photo> photos) {
        return photos.stream()
                .map(p -> List.of(p.point().lon(), p.point().lat()))
                .toList();
    }

    /**
     * The GeoJSON geometry type of the track of {@code photos}: {@code LineString} with two distinct positions or more,
     * {@code Point} (the first photo's position) with one, null with no photo.
     */
    public static String geometryType(List<Photo> photos) {
        if (photos.isEmpty()) {
            return null;
        }
        return hasTwoDistinctPositions(photos) ? "LineString" : "Point";
    }

    /** Compared as numbers, so {@code -0.0} and {@code 0.0}, which every reader takes for one position, are one. */
    private static boolean hasTwoDistinctPositions(List<Photo> photos) {
        GeoPoint first = photos.get(0).point();
        for (Photo photo : photos) {
            GeoPoint p = photo.point();
            if (p.lon() != first.lon() || p.lat() != first.lat()) {
                return true;
            }
        }
        return false;
    }
}
