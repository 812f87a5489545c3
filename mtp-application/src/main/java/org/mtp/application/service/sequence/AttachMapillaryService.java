package org.mtp.application.service.sequence;

import java.time.Clock;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.AttachOutcome;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;

/**
 * Use case service for the uploader's PUT: checks in a short read, calls Mapillary with no transaction open, then
 * writes everything in one short transaction.
 */
public final class AttachMapillaryService implements AttachMapillaryUseCase {

    private final SequenceChanges changes;
    private final SequenceLoader loader;
    private final SequenceViews views;
    private final KeyAvailability keys;
    private final OwnedMapillaryFetch fetch;
    private final ImportLimit importLimit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AttachMapillaryService(
            SequenceRepository sequences,
            SequenceReadModel readModel,
            DerivedData derived,
            OwnedMapillaryFetch fetch,
            ImportLimit importLimit,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.changes = new SequenceChanges(sequences, derived);
        this.loader = new SequenceLoader(sequences);
        this.views = new SequenceViews(readModel);
        this.keys = new KeyAvailability(sequences);
        this.fetch = fetch;
        this.importLimit = importLimit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Result attach(Command command) {
        MapillarySequence fetched = command.attachesMapillary() ? fetchIfNeeded(command) : null;
        return unitOfWork.inTransaction(() -> write(command, fetched));
    }

    private MapillarySequence fetchIfNeeded(Command command) {
        Sequence current = unitOfWork.inTransaction(() -> {
            Sequence s = loader.visibleTo(command.actor(), command.sequence());
            s.requireOwner(command.actor());
            return s;
        });
        if (current.hasAttached(command.key())) {
            return null;
        }
        unitOfWork.run(() -> keys.requireFree(command.key(), command.sequence()));
        importLimit.check(command.actor());
        return fetch.fetch(command.token(), command.key());
    }

    private Result write(Command command, MapillarySequence fetched) {
        Sequence s = loader.visibleTo(command.actor(), command.sequence());
        s.requireOwner(command.actor());
        AttachOutcome outcome = null;
        if (command.attachesMapillary()) {
            if (fetched != null) {
                if (!s.isPublished()) {
                    keys.requireFree(command.key(), s.id());
                }
                outcome = s.attachMapillary(command.actor(), fetched, clock.instant());
            } else if (s.hasAttached(command.key())) {
                outcome = AttachOutcome.UNCHANGED;
            } else {
                // Attached when read before the fetch, and a sequence is never unpublished: only a broken store gets
                // here.
                throw new SequenceFailures.NotPublished();
            }
        }
        boolean linksChanged = s.attachLinks(command.actor(), command.links());
        if (outcome == AttachOutcome.PUBLISHED || linksChanged) {
            changes.save(s);
        }
        return new Result(views.visibleTo(command.actor(), s.id()), outcome);
    }
}
