package org.mtp.adapter.http.sequence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SequenceView;

/**
 * A sequence on the wire, as lists show it (no photos). {@code created_at} is Mapillary's upload time (null when
 * Mapillary does not say), {@code drafted_at} when mtp first recorded it; Mapillary fields are null on a draft.
 */
public record SequenceJson(
        UUID uniqueId,
        String name,
        String description,
        String username,
        TransportTypeJson transportType,
        List<String> tags,
        String cameraMake,
        String cameraModel,
        Instant capturedAt,
        Instant createdAt,
        Instant importedAt,
        Instant draftedAt,
        String mapillarySequenceKey,
        String googleStreetView,
        String strava,
        boolean pano,
        String status,
        int photoCount,
        double distanceKm,
        long likeCount) {

    public static SequenceJson from(SequenceSummary s) {
        return new SequenceJson(
                s.id().value(),
                s.details().name(),
                s.details().description(),
                s.ownerName().value(),
                TransportTypeJson.from(s.details().transportType()),
                s.details().tags().names(),
                s.cameraMake() == null ? null : s.cameraMake().name(),
                s.cameraModel() == null ? null : s.cameraModel().name(),
                s.capturedAt(),
                s.createdAt(),
                s.importedAt(),
                s.draftedAt(),
                s.mapillaryKey() == null ? null : s.mapillaryKey().value(),
                s.links().googleStreetView(),
                s.links().strava(),
                s.pano(),
                s.status().name().toLowerCase(Locale.ROOT),
                s.photoCount(),
                s.distance().km(),
                s.likeCount());
    }

    public static SequenceJson from(SequenceView v) {
        return from(SequenceSummary.of(v.sequence(), v.ownerName(), v.likeCount()));
    }
}
