package org.mtp.application.service.sequence;

import java.time.Clock;
import java.util.function.Consumer;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.mapillary.FetchProgress;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.mapillary.StoredMapillaryToken;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;

/** Use case service: one-step import with the user's stored Mapillary connection; Mapillary first, then one write. */
public final class ImportSequenceService implements ImportSequenceUseCase {

    private final SequenceChanges changes;
    private final SequenceViews views;
    private final KeyAvailability keys;
    private final StoredMapillaryToken tokens;
    private final OwnedMapillaryFetch fetch;
    private final ImportLimit importLimit;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    public ImportSequenceService(
            SequenceRepository sequences,
            SequenceReadModel readModel,
            DerivedData derived,
            StoredMapillaryToken tokens,
            OwnedMapillaryFetch fetch,
            ImportLimit importLimit,
            UnitOfWork unitOfWork,
            IdGenerator ids,
            Clock clock) {
        this.changes = new SequenceChanges(sequences, derived);
        this.views = new SequenceViews(readModel);
        this.keys = new KeyAvailability(sequences);
        this.tokens = tokens;
        this.fetch = fetch;
        this.importLimit = importLimit;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SequenceView importSequence(Command command) {
        return importSequence(command, FetchProgress.NONE, id -> {});
    }

    /** The checks that save a Mapillary call: the key nobody's yet, the daily limit not reached. */
    void precheck(Command command) {
        unitOfWork.run(() -> keys.requireFree(command.key(), null));
        importLimit.check(command.actor());
    }

    /**
     * The import, telling {@code progress} how far the photos are and running {@code stored} in the unit of work that
     * stores the sequence, so what it writes is there exactly when the sequence is.
     */
    SequenceView importSequence(Command command, FetchProgress progress, Consumer<SequenceId> stored) {
        precheck(command);
        MapillaryConnection connection = tokens.forUser(command.actor());
        MapillarySequence data = fetch.fetch(connection.grant().accessToken(), command.key(), progress);
        Sequence imported =
                Sequence.imported(SequenceId.of(ids.next()), command.actor(), command.details(), data, clock.instant());
        return unitOfWork.inTransaction(() -> {
            keys.requireFree(command.key(), null);
            changes.save(imported);
            stored.accept(imported.id());
            return views.visibleTo(command.actor(), imported.id());
        });
    }
}
