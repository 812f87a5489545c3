package org.mtp.application.service.sequence;

import org.mtp.application.port.in.sequence.DeleteSequenceUseCase;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.user.UserId;

/**
 * Use case service: deletes a sequence and takes it out of every tour, in one transaction, its share of the totals and
 * its counters going with it.
 */
public final class DeleteSequenceService implements DeleteSequenceUseCase {

    private final SequenceChanges changes;
    private final SequenceLoader loader;
    private final TourRepository tours;
    private final UnitOfWork unitOfWork;

    public DeleteSequenceService(
            SequenceRepository sequences, TourRepository tours, DerivedData derived, UnitOfWork unitOfWork) {
        this.changes = new SequenceChanges(sequences, derived);
        this.loader = new SequenceLoader(sequences);
        this.tours = tours;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void delete(UserId actor, SequenceId id) {
        unitOfWork.run(() -> {
            Sequence s = loader.visibleTo(actor, id);
            s.delete(actor);
            for (Tour tour : tours.findContaining(id)) {
                tour.forget(id);
                tours.save(tour);
            }
            changes.delete(s);
        });
    }
}
