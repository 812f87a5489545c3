package org.mtp.domain.tour;

import org.mtp.domain.common.DomainException;
import org.mtp.domain.sequence.SequenceId;

/** The typed business failures of tours. */
public final class TourFailures {

    private TourFailures() {}

    /** A reorder must name exactly the tour's current sequences, each once. */
    public static final class NotAPermutation extends DomainException {
        private static final long serialVersionUID = 1L;

        public NotAPermutation() {
            super("'sequences' must list exactly the tour's current sequences, each once");
        }

        @Override
        public String code() {
            return "validation_failed";
        }
    }

    /** The sequence is already in this tour. */
    public static final class AlreadyInTour extends DomainException {
        private static final long serialVersionUID = 1L;

        public AlreadyInTour(SequenceId id) {
            super("sequence " + id + " is already in this tour");
        }

        @Override
        public String code() {
            return "conflict";
        }
    }

    /** The sequence is not in this tour. */
    public static final class NotInTour extends DomainException {
        private static final long serialVersionUID = 1L;

        public NotInTour(SequenceId id) {
            super("sequence " + id + " is not in this tour");
        }

        @Override
        public String code() {
            return "not_found";
        }
    }

    /** Only the tour owner's own published sequences may be added. */
    public static final class NotEligible extends DomainException {
        private static final long serialVersionUID = 1L;

        public NotEligible(SequenceId id, String reason) {
            super("sequence " + id + " cannot be in this tour: " + reason);
        }

        @Override
        public String code() {
            return "validation_failed";
        }
    }
}
