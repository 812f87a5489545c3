package org.mtp.application.model.mapillary;

import java.time.Instant;
import java.util.Objects;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequenceKey;

/**
 * One of a user's Mapillary sequences with photos in a capture window. {@code photoCount} counts the photos captured in
 * that window, not the whole sequence; camera make and model may be null when Mapillary does not know them.
 */
public record MapillarySequenceSummary(
        MapillarySequenceKey key,
        Instant capturedAt,
        int photoCount,
        GeoPoint firstPoint,
        CameraMake cameraMake,
        CameraModel cameraModel,
        boolean pano) {

    public MapillarySequenceSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(firstPoint, "firstPoint");
    }
}
