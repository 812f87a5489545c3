package org.mtp.application.port.in.tour;

import java.util.List;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Use case: the owner puts the current sequences in a new order (a permutation). */
public interface ReorderTourUseCase {
    TourView reorder(UserId actor, TourId tour, List<SequenceId> order);
}
