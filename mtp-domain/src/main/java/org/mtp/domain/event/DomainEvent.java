package org.mtp.domain.event;

import org.mtp.domain.common.Require;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * What happened to a sequence or its likes and viewpoints, as the domain records it: the facts from which totals,
 * counters and a sequence's revision are kept. Every fact about a sequence that still exists changes what its view
 * shows.
 */
public sealed interface DomainEvent {

    /** A draft was published from Mapillary data, or a sequence imported at once: its share joins the boards. */
    record SequencePublished(SequenceId sequence, BoardShare share) implements DomainEvent {
        public SequencePublished {
            Require.notNull("sequence", sequence);
            Require.notNull("share", share);
        }
    }

    /** Something the view shows changed (details, links) and nothing a board counts. */
    record SequenceChanged(SequenceId sequence) implements DomainEvent {
        public SequenceChanged {
            Require.notNull("sequence", sequence);
        }
    }

    /**
     * A published sequence's transport type changed from {@code from}: its share moves to the grains of the new one.
     */
    record TransportChanged(SequenceId sequence, BoardShare share, TransportType from) implements DomainEvent {
        public TransportChanged {
            Require.notNull("sequence", sequence);
            Require.notNull("share", share);
            Require.notNull("from", from);
        }
    }

    /** The sequence is being deleted: its share, viewpoints included, leaves the boards, and its counters go. */
    record SequenceDeleted(SequenceId sequence) implements DomainEvent {
        public SequenceDeleted {
            Require.notNull("sequence", sequence);
        }
    }

    /** {@code marker} marked a viewpoint on photo {@code photo}, credited to the sequence's owner. */
    record ViewpointMarked(SequenceId sequence, ImageKey photo, UserId marker) implements DomainEvent {
        public ViewpointMarked {
            Require.notNull("sequence", sequence);
            Require.notNull("image_key", photo);
            Require.notNull("marker", marker);
        }
    }

    /** {@code marker} took back their viewpoint on photo {@code photo}. */
    record ViewpointRemoved(SequenceId sequence, ImageKey photo, UserId marker) implements DomainEvent {
        public ViewpointRemoved {
            Require.notNull("sequence", sequence);
            Require.notNull("image_key", photo);
            Require.notNull("marker", marker);
        }
    }

    /** {@code user} liked {@code target}. */
    record Liked(LikeTarget target, UserId user) implements DomainEvent {
        public Liked {
            Require.notNull("target", target);
            Require.notNull("user", user);
        }
    }

    /** {@code user} took back their like of {@code target}. */
    record Unliked(LikeTarget target, UserId user) implements DomainEvent {
        public Unliked {
            Require.notNull("target", target);
            Require.notNull("user", user);
        }
    }
}
