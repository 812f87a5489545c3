package org.mtp.adapter.http.mapillary;

import java.time.Instant;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;

/**
 * One of the user's Mapillary sequences nobody has imported yet: its key, first capture time in the window, photos in
 * the window, camera (null when Mapillary does not know it), panorama flag and first position.
 */
public record ImportableJson(
        String mapillarySequenceKey,
        Instant capturedAt,
        int photoCount,
        String cameraMake,
        String cameraModel,
        boolean pano,
        double lon,
        double lat) {

    public static ImportableJson from(MapillarySequenceSummary s) {
        return new ImportableJson(
                s.key().value(),
                s.capturedAt(),
                s.photoCount(),
                s.cameraMake() == null ? null : s.cameraMake().name(),
                s.cameraModel() == null ? null : s.cameraModel().name(),
                s.pano(),
                s.firstPoint().lon(),
                s.firstPoint().lat());
    }
}
