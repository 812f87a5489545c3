package org.mtp.application.service.sequence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportRunner;
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

    /** How often a running process reports that its imports are alive ({@link #keepAlive}). */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);

    /** How long a runner may be silent before its unfinished imports count as cut off: four missed heartbeats. */
    public static final Duration SILENCE = HEARTBEAT.multipliedBy(4);

    private final ImportSequenceService imports;
    private final ImportJobStore jobs;
    private final UnitOfWork unitOfWork;
    private final Executor executor;
    private final IdGenerator ids;
    private final Clock clock;
    private final ImportRunner self;

    public BackgroundImportService(
            ImportSequenceService imports,
            ImportJobStore jobs,
            UnitOfWork unitOfWork,
            Executor executor,
            IdGenerator ids,
            Clock clock,
            ImportRunner self) {
        this.imports = imports;
        this.jobs = jobs;
        this.unitOfWork = unitOfWork;
        this.executor = executor;
        this.ids = ids;
        this.clock = clock;
        this.self = self;
    }

    @Override
    public ImportJobId startImport(ImportSequenceUseCase.Command command) {
        imports.precheck(command);
        ImportJobId id = ImportJobId.of(ids.next());
        unitOfWork.run(() -> jobs.create(ImportJob.queued(id, command.actor(), command.key(), clock.instant()), self));
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
     * Reports this process's unfinished imports alive and marks as cut off those of any runner silent for longer than
     * {@link #SILENCE} (a process that stopped or crashed, this node's previous one or another node's): they wrote
     * nothing, since the sequence and "done" are one unit of work. Run at start-up, before any import, and every
     * {@link #HEARTBEAT}; returns how many were cut off.
     */
    public int keepAlive() {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            jobs.heartbeat(self, now);
            return jobs.failSilent(now.minus(SILENCE), ImportFailure.of(ImportFailure.CUT_OFF), now);
        });
    }

    /** Marks this process's unfinished imports as cut off, as it stops; returns how many. */
    public int stop() {
        return unitOfWork.inTransaction(
                () -> jobs.failRunner(self, ImportFailure.of(ImportFailure.CUT_OFF), clock.instant()));
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
