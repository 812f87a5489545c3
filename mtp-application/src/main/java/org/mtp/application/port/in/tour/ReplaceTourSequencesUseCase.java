package org.mtp.application.port.in.tour;

import java.util.List;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Use case: the owner replaces the whole ordered list of sequences at once. */
public interface ReplaceTourSequencesUseCase {
    TourView replace(UserId actor, TourId tour, List<SequenceId> sequences);
}
