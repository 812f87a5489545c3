package org.mtp.application.service.sequence;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.port.in.sequence.GetImportUseCase;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.StartImportUseCase;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.importing.ImportJobStore;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.user.UserId;

/**
 * Use case service: imports from Mapillary on a bounded executor, their state kept in the {@link ImportJobStore}. The
 * import itself is the one-step import's (Mapillary first, then one unit of work), and "done" is written in that same
 * unit of work, so an import either made its sequence and says so, or made nothing.
 */
public final class BackgroundImportService implements StartImportUseCase, GetImportUseCase {

    private final ImportSequenceService imports;
    private final ImportJobStore jobs;
    private final UnitOfWork unitOfWork;
    private final Executor executor;
    private final IdGenerator ids;
    private final Clock clock;

    public BackgroundImportService(
            ImportSequenceService imports,
            ImportJobStore jobs,
            UnitOfWork unitOfWork,
            Executor executor,
            IdGenerator ids,
            Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.unitOfWork = unitOfWork;
        this.executor = executor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ImportJobId startImport(ImportSequenceUseCase.Command command) {
        imports.precheck(command);
        ImportJobId id = ImportJobId.of(ids.next());
        unitOfWork.run(() -> jobs.create(ImportJob.queued(id, command.actor(), command.key(), clock.instant())));
        try {
            executor.execute(() -> run(id, command));
        } catch (RejectedExecutionException full) {
            fail(id, ImportFailure.of(ImportFailure.BUSY));
        }
        return id;
    }

    @Override
    public Optional<ImportJob> importOf(UserId actor, ImportJobId id) {
        return unitOfWork.reading(() -> jobs.find(id)).filter(job -> job.owner().equals(actor));
    }

    /**
     * Marks the imports a previous process left unfinished as failed: they ran on it, and nothing of them was written
     * (the sequence and "done" are one unit of work). Call once at start-up, before any import starts.
     */
    public int failCutOffImports() {
        return unitOfWork.inTransaction(
                () -> jobs.failUnfinished(ImportFailure.of(ImportFailure.CUT_OFF), clock.instant()));
    }

    private void run(ImportJobId id, ImportSequenceUseCase.Command command) {
        try {
            unitOfWork.run(() -> jobs.progress(id, 0, 0, clock.instant()));
            imports.importSequence(
                    command,
                    (fetched, total) -> unitOfWork.run(() -> jobs.progress(id, fetched, total, clock.instant())),
                    sequence -> {
                        if (!jobs.done(id, sequence, clock.instant())) {
                            throw new CutOffMeanwhile();
                        }
                    });
        } catch (CutOffMeanwhile cutOff) {
            // the unit of work rolled back: the import stays as it was marked, and nothing of it was written
        } catch (ImportLimitReachedException limit) {
            fail(id, new ImportFailure(limit.code(), Optional.of(limit.retryAt())));
        } catch (MapillaryException.RateLimited limited) {
            fail(
                    id,
                    new ImportFailure(
                            limited.code(), Optional.of(clock.instant().plus(limited.retryAfter()))));
        } catch (DomainException known) {
            fail(id, ImportFailure.of(known.code()));
        } catch (MapillaryException known) {
            fail(id, ImportFailure.of(known.code()));
        } catch (RuntimeException unexpected) {
            fail(id, ImportFailure.of(ImportFailure.FAILED));
            throw unexpected;
        }
    }

    /** Thrown inside the import's unit of work when its job was marked cut off meanwhile, so that it rolls back. */
    private static final class CutOffMeanwhile extends RuntimeException {
        CutOffMeanwhile() {
            super("the import was marked cut off before it finished", null, false, false);
        }
    }

    private void fail(ImportJobId id, ImportFailure failure) {
        unitOfWork.run(() -> jobs.fail(id, failure, clock.instant()));
    }
}
