package org.mtp.domain.viewpoint;

import java.time.Instant;
import org.mtp.domain.common.Require;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * A mark that {@code marker} left on one photo, credited to {@code photoOwner} (the sequence's owner) on the viewpoint
 * leaderboard. Made through {@code Sequence.viewpointBy}, which applies the rules.
 */
public record Viewpoint(UserId marker, SequenceId sequence, ImageKey photo, UserId photoOwner, Instant markedAt) {

    public Viewpoint {
        Require.notNull("marker", marker);
        Require.notNull("sequence", sequence);
        Require.notNull("image_key", photo);
        Require.notNull("photo_owner", photoOwner);
        markedAt = Timestamps.normalize(Require.notNull("marked_at", markedAt));
    }

    /** The fact that this viewpoint was marked (the store found it new). */
    public DomainEvent marked() {
        return new DomainEvent.ViewpointMarked(sequence, photo, marker);
    }

    /** The fact that this viewpoint was taken back (the store found it there). */
    public DomainEvent removed() {
        return new DomainEvent.ViewpointRemoved(sequence, photo, marker);
    }
}
