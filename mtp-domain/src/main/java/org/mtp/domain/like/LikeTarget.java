package org.mtp.domain.like;

import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;

/** What can be liked: a sequence or a tour. */
public sealed interface LikeTarget {

    static LikeTarget sequence(SequenceId id) {
        return new OfSequence(id);
    }

    static LikeTarget tour(TourId id) {
        return new OfTour(id);
    }

    /** A liked sequence. */
    record OfSequence(SequenceId id) implements LikeTarget {
        public OfSequence {
            Require.notNull("sequence", id);
        }
    }

    /** A liked tour. */
    record OfTour(TourId id) implements LikeTarget {
        public OfTour {
            Require.notNull("tour", id);
        }
    }
}
