package org.mtp.application.port.out.sequence;

import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Search criteria; null means "any". Published sequences only, unless {@code draftsOf} names a user: then exactly that
 * user's drafts. {@code nameContains} is case-insensitive; {@code owner} is exact (case-insensitive); every tag must
 * match; a parent transport type includes its children; {@code captured} applies to the sequence's capture time;
 * {@code bbox} selects sequences whose bounds intersect it; {@code challenge} those with a photo that counts.
 */
public record SequenceQuery(
        String nameContains,
        Username owner,
        Tags tags,
        TransportType transportType,
        CameraMake cameraMake,
        CameraModel cameraModel,
        Boolean pano,
        TimeRange captured,
        BoundingBox bbox,
        Challenge challenge,
        UserId draftsOf,
        SequenceSort sort) {

    public SequenceQuery {
        tags = tags == null ? Tags.NONE : tags;
        sort = sort == null ? SequenceSort.LATEST : sort;
    }

    public static SequenceQuery published() {
        return new SequenceQuery(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
