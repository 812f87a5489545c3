package org.mtp.application.port.in.tour;

import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Use case: the owner takes a sequence out of the tour. */
public interface RemoveFromTourUseCase {
    TourView remove(UserId actor, TourId tour, SequenceId sequence);
}
