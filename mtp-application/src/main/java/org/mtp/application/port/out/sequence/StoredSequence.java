package org.mtp.application.port.out.sequence;

import java.util.Map;
import java.util.Objects;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.Username;

/**
 * A stored sequence with what a reader sees beside it, read together: its owner's name, its like count, the viewpoints
 * of each photo that has any, and the revision all of it was read at (see {@link SequenceStamp}).
 */
public record StoredSequence(
        Sequence sequence, Username ownerName, long likeCount, Map<ImageKey, Long> viewpoints, long revision) {

    public StoredSequence {
        Objects.requireNonNull(sequence, "'sequence' must not be null");
        Objects.requireNonNull(ownerName, "'ownerName' must not be null");
        if (likeCount < 0) {
            throw new IllegalArgumentException("'likeCount' must not be negative");
        }
        viewpoints = Map.copyOf(viewpoints);
    }
}
