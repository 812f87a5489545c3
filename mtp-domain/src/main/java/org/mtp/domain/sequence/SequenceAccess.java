package org.mtp.domain.sequence;

import java.time.Instant;
import java.util.function.Predicate;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * The rules of seeing, liking and marking viewpoints on a sequence, over the little they need: its id, owner and
 * whether it is published. The aggregate applies them, and so can a caller that read only the sequence's row.
 */
public record SequenceAccess(SequenceId id, UserId owner, boolean published) {

    public SequenceAccess {
        Require.notNull("id", id);
        Require.notNull("owner", owner);
    }

    /** Drafts are visible to their owner only. */
    public boolean visibleTo(UserId viewer) {
        return Sequence.visible(published, owner, viewer);
    }

    /** Fails unless {@code liker} may like this sequence: published, and not their own. */
    public void requireLikeableBy(UserId liker) {
        if (!published) {
            throw new SequenceFailures.NotPublished();
        }
        if (owner.equals(liker)) {
            throw new SequenceFailures.OwnItem("like");
        }
    }

    /**
     * The viewpoint {@code marker} would place on photo {@code key}, which {@code photos} must hold (asked last, after
     * the cheaper rules): the sequence published, and the marker not its owner.
     */
    public Viewpoint viewpointBy(UserId marker, ImageKey key, Predicate<ImageKey> photos, Instant at) {
        if (!published) {
            throw new SequenceFailures.NotPublished();
        }
        if (owner.equals(marker)) {
            throw new SequenceFailures.OwnItem("mark a viewpoint on");
        }
        if (!photos.test(key)) {
            throw new SequenceFailures.PhotoNotFound(key);
        }
        return new Viewpoint(marker, id, key, owner, at);
    }
}
