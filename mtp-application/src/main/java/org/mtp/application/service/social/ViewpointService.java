package org.mtp.application.service.social;

import java.time.Clock;
import org.mtp.application.port.in.social.ViewpointUseCase;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.sequence.SequenceAccessLoader;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Use case service: idempotent viewpoint marks on photos of published sequences, refused to the photos' owner, checked
 * on the sequence's stamp and the one photo; a mark that changed something is handed to the derived data.
 */
public final class ViewpointService implements ViewpointUseCase {

    private final SequenceReadModel readModel;
    private final SequenceAccessLoader sequences;
    private final ViewpointStore viewpoints;
    private final DerivedData derived;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ViewpointService(
            SequenceReadModel readModel,
            ViewpointStore viewpoints,
            DerivedData derived,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.readModel = readModel;
        this.sequences = new SequenceAccessLoader(readModel);
        this.viewpoints = viewpoints;
        this.derived = derived;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public long mark(UserId actor, SequenceId sequence, ImageKey photo) {
        return unitOfWork.inTransaction(() -> {
            Viewpoint viewpoint = viewpoint(actor, sequence, photo);
            if (viewpoints.add(viewpoint)) {
                derived.record(viewpoint.marked());
            }
            return derived.viewpointsOnPhoto(sequence, photo);
        });
    }

    @Override
    public long unmark(UserId actor, SequenceId sequence, ImageKey photo) {
        return unitOfWork.inTransaction(() -> {
            Viewpoint viewpoint = viewpoint(actor, sequence, photo);
            if (viewpoints.remove(actor, sequence, photo)) {
                derived.record(viewpoint.removed());
            }
            return derived.viewpointsOnPhoto(sequence, photo);
        });
    }

    private Viewpoint viewpoint(UserId actor, SequenceId sequence, ImageKey photo) {
        return sequences
                .visibleTo(actor, sequence)
                .viewpointBy(actor, photo, key -> readModel.hasPhoto(sequence, key), clock.instant());
    }
}
