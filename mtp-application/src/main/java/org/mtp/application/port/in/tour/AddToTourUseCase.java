package org.mtp.application.port.in.tour;

import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Use case: the owner appends one of their published sequences. */
public interface AddToTourUseCase {
    TourView add(UserId actor, TourId tour, SequenceId sequence);
}
