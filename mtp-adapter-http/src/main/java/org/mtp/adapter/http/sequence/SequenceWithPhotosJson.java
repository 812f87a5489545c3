package org.mtp.adapter.http.sequence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.application.port.in.sequence.SequenceView;

/** A sequence on the wire as the single read shows it: the list form's members plus its photos in order. */
public record SequenceWithPhotosJson(
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
        long likeCount,
        List<PhotoJson> photos) {

    public static SequenceWithPhotosJson from(SequenceView view) {
        SequenceJson s = SequenceJson.from(view);
        List<PhotoJson> photos = view.sequence().photos().stream()
                .map(photo -> PhotoJson.from(photo, view.viewpointsOn(photo.key())))
                .toList();
        return new SequenceWithPhotosJson(
                s.uniqueId(),
                s.name(),
                s.description(),
                s.username(),
                s.transportType(),
                s.tags(),
                s.cameraMake(),
                s.cameraModel(),
                s.capturedAt(),
                s.createdAt(),
                s.importedAt(),
                s.draftedAt(),
                s.mapillarySequenceKey(),
                s.googleStreetView(),
                s.strava(),
                s.pano(),
                s.status(),
                s.photoCount(),
                s.distanceKm(),
                s.likeCount(),
                photos);
    }
}
