package org.mtp.adapter.http.tour;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.application.port.in.tour.TourView;

/** A tour on the wire as lists show it: the single read's members without the sequences themselves. */
public record TourSummaryJson(
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
        double distanceKm) {

    public static TourSummaryJson from(TourView view) {
        TourJson t = TourJson.from(view);
        return new TourSummaryJson(
                t.uniqueId(),
                t.name(),
                t.description(),
                t.username(),
                t.tags(),
                t.createdAt(),
                t.updatedAt(),
                t.likeCount(),
                t.sequenceCount(),
                t.photoCount(),
                t.distanceKm());
    }
}
