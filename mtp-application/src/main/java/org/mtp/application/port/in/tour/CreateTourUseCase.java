package org.mtp.application.port.in.tour;

import java.util.List;
import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.user.UserId;

/** Use case: create a tour, optionally with its first ordered sequences. */
public interface CreateTourUseCase {
    TourView create(Command command);

    /** What the new tour is called and holds. */
    record Command(UserId actor, TourDetails details, List<SequenceId> sequences) {
        public Command {
            Actor.require(actor);
            Require.notNull("details", details);
            sequences = sequences == null ? List.of() : List.copyOf(sequences);
        }
    }
}
