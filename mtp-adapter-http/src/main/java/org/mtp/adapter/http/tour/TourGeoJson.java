package org.mtp.adapter.http.tour;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.geo.GeoJson;
import org.mtp.adapter.http.sequence.SequenceJson;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.sequence.Photo;

/**
 * A tour as GeoJSON: a FeatureCollection with one Feature per sequence in tour order (its track, and the sequence as
 * the list shows it as properties), so that each track is a geometry every reader accepts on its own; the tour itself
 * rides along as the foreign member {@code tour}, since RFC 7946 forbids {@code properties} on a collection.
 */
record TourGeoJson(String type, List<GeoJson.Feature> features, TourSummaryJson tour) {

    /** @param tracks each member's photos, in the order of {@code view.sequences()} */
    static TourGeoJson of(TourView view, List<List<Photo>> tracks) {
        List<SequenceSummary> members = view.sequences();
        List<GeoJson.Feature> features = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            SequenceSummary member = members.get(i);
            features.add(GeoJson.Feature.of(
                    member.id().toString(), GeoJson.track(tracks.get(i)), SequenceJson.from(member)));
        }
        return new TourGeoJson("FeatureCollection", features, TourSummaryJson.from(view));
    }
}
