package org.mtp.application.service.sequence;

import java.time.Clock;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;

/** Use case service: stores a new draft sequence. */
public final class CreateDraftService implements CreateDraftUseCase {

    private final SequenceChanges changes;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateDraftService(
            SequenceRepository sequences, DerivedData derived, UnitOfWork unitOfWork, IdGenerator ids, Clock clock) {
        this.changes = new SequenceChanges(sequences, derived);
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SequenceId createDraft(Command command) {
        Sequence draft = Sequence.draft(SequenceId.of(ids.next()), command.actor(), command.details(), clock.instant());
        unitOfWork.run(() -> changes.save(draft));
        return draft.id();
    }
}
