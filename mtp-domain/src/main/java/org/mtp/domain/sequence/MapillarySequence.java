package org.mtp.domain.sequence;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.Timestamps;

/**
 * A sequence as Mapillary holds it: its key, its owner, camera and panorama facts, when it was uploaded (v3 says; v4
 * does not) and its photos in capture order. Camera make and model are optional: Mapillary may not know them.
 */
public record MapillarySequence(
        MapillarySequenceKey key,
        MapillaryUser owner,
        CameraMake cameraMake,
        CameraModel cameraModel,
        boolean pano,
        Instant createdAt,
        Instant capturedAt,
        List<Photo> photos) {

    public MapillarySequence {
        Require.notNull("mapillary_sequence_key", key);
        Require.notNull("owner", owner);
        Require.notNull("photos", photos);
        if (photos.isEmpty()) {
            throw new ValidationException("photos", "a Mapillary sequence must have at least one photo");
        }
        if (photos.size() > Limits.PHOTOS_PER_SEQUENCE) {
            throw new ValidationException(
                    "photos", "must not hold more than " + Limits.PHOTOS_PER_SEQUENCE + " photos");
        }
        photos = List.copyOf(photos);
        Set<ImageKey> seen = new HashSet<>();
        for (Photo p : photos) {
            if (!seen.add(p.key())) {
                throw new ValidationException("photos", "image key " + p.key() + " appears twice");
            }
        }
        createdAt = Timestamps.normalize(createdAt);
        capturedAt = Timestamps.normalize(
                capturedAt != null ? capturedAt : photos.get(0).capturedAt());
    }
}
