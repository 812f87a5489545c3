package org.mtp.application.service.social;

import java.time.Clock;
import org.mtp.application.port.in.social.ViewpointUseCase;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.sequence.SequenceLoader;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/** Use case service: idempotent viewpoint marks on photos of published sequences, refused to the photos' owner. */
public final class ViewpointService implements ViewpointUseCase {

    private final SequenceLoader sequences;
    private final ViewpointStore viewpoints;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ViewpointService(
            SequenceRepository sequences, ViewpointStore viewpoints, UnitOfWork unitOfWork, Clock clock) {
        this.sequences = new SequenceLoader(sequences);
        this.viewpoints = viewpoints;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public long mark(UserId actor, SequenceId sequence, ImageKey photo) {
        return unitOfWork.inTransaction(() -> {
            Viewpoint viewpoint = sequences.visibleTo(actor, sequence).viewpointBy(actor, photo, clock.instant());
            viewpoints.add(viewpoint);
            return viewpoints.countOnPhoto(sequence, photo);
        });
    }

    @Override
    public long unmark(UserId actor, SequenceId sequence, ImageKey photo) {
        return unitOfWork.inTransaction(() -> {
            sequences.visibleTo(actor, sequence).viewpointBy(actor, photo, clock.instant());
            viewpoints.remove(actor, sequence, photo);
            return viewpoints.countOnPhoto(sequence, photo);
        });
    }
}
