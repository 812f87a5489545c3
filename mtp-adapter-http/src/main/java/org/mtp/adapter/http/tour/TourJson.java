package org.mtp.adapter.http.tour;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.adapter.http.sequence.SequenceJson;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.tour.Tour;

/** A tour on the wire as the single read shows it: its members, their totals and its sequences in order. */
public record TourJson(
        UUID uniqueId,
        String name,
        String description,
        String username,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        long likeCount,
        int sequenceCount,
        long photoCount,
        double distanceKm,
        List<SequenceJson> sequences) {

    public static TourJson from(TourView view) {
        Tour t = view.tour();
        return new TourJson(
                t.id().value(),
                t.details().name(),
                t.details().description(),
                view.ownerName().value(),
                t.details().tags().names(),
                t.createdAt(),
                t.updatedAt(),
                view.likeCount(),
                view.sequences().size(),
                view.totals().photos(),
                view.totals().distance().km(),
                view.sequences().stream().map(SequenceJson::from).toList());
    }
}
