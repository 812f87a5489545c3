package org.mtp.adapter.http.sequence;

import java.util.List;
import org.mtp.adapter.http.geo.GeoJson;
import org.mtp.application.model.format.Gpx;
import org.mtp.application.model.format.SequenceTracks;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;

/**
 * The other representations of a sequence: a GeoJSON Feature (a LineString of its photos in order, a Point for one
 * photo, a null geometry for a draft; the list form as properties) and a GPX track (a point per photo).
 */
public final class SequenceFormats {

    private SequenceFormats() {}

    public static GeoJson.Feature geoJson(SequenceView view) {
        Sequence s = view.sequence();
        return GeoJson.Feature.of(s.id().toString(), GeoJson.track(s.photos()), SequenceJson.from(view));
    }

    public static String gpx(SequenceView view) {
        return SequenceTracks.gpx(view.sequence());
    }

    /** A track point per photo, in order, with the photo's own time when it has one. */
    public static List<Gpx.Point> points(List<Photo> photos) {
        return SequenceTracks.points(photos);
    }
}
