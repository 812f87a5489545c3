package org.mtp.application.model.format;

import java.util.List;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;

/**
 * A sequence as a track in the download formats both driving adapters answer: a GPX track with a point per photo, and a
 * GeoJSON geometry (a LineString of its photos in order, a Point for one photo, null for a draft without photos).
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

    /** The GeoJSON geometry type of a track of {@code photoCount} photos, or null when it has none. */
    public static String geometryType(int photoCount) {
        return photoCount == 0 ? null : photoCount == 1 ? "Point" : "LineString";
    }
}
