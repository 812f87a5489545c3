package org.mtp.application.model.sequence;

import java.time.Instant;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceFigures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.sequence.SequenceStatus;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Read model of a sequence in a list: everything but its photos, with the owner's username and the like count. Nullable
 * members are absent for drafts or unknown to Mapillary.
 */
public record SequenceSummary(
        SequenceId id,
        UserId owner,
        Username ownerName,
        SequenceStatus status,
        SequenceDetails details,
        SequenceLinks links,
        MapillarySequenceKey mapillaryKey,
        CameraMake cameraMake,
        CameraModel cameraModel,
        boolean pano,
        Instant capturedAt,
        Instant createdAt,
        Instant importedAt,
        Instant draftedAt,
        int photoCount,
        Distance distance,
        BoundingBox bounds,
        long likeCount)
        implements SequenceFigures {

    public static SequenceSummary of(Sequence s, Username ownerName, long likeCount) {
        return new SequenceSummary(
                s.id(),
                s.owner(),
                ownerName,
                s.status(),
                s.details(),
                s.links(),
                s.mapillaryKey().orElse(null),
                s.cameraMake().orElse(null),
                s.cameraModel().orElse(null),
                s.pano(),
                s.capturedAt().orElse(null),
                s.createdAt().orElse(null),
                s.importedAt().orElse(null),
                s.draftedAt(),
                s.photoCount(),
                s.distance(),
                s.bounds().orElse(null),
                likeCount);
    }
}
