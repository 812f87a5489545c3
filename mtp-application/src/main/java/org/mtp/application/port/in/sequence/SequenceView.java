package org.mtp.application.port.in.sequence;

import java.util.Map;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.Username;

/**
 * A sequence as one reads it: the aggregate with its owner's name, like count and viewpoints per photo, and its
 * revision, which moves on with every change to any of these (as {@link GetSequenceRevisionUseCase} reads it alone).
 */
public record SequenceView(
        Sequence sequence, Username ownerName, long likeCount, Map<ImageKey, Long> viewpoints, long revision) {

    public SequenceView {
        viewpoints = Map.copyOf(viewpoints);
    }

    public long viewpointsOn(ImageKey photo) {
        return viewpoints.getOrDefault(photo, 0L);
    }
}
