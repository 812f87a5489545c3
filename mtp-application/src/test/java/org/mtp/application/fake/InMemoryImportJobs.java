package org.mtp.application.fake;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportRunner;
import org.mtp.application.model.importing.ImportStatus;
import org.mtp.application.port.out.importing.ImportJobStore;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.Timestamps;

/** In-memory fake of {@link ImportJobStore}, rolled back with the unit of work like the other stores. */
public final class InMemoryImportJobs implements ImportJobStore, InMemoryData.Transactional {

    private Map<ImportJobId, ImportJob> jobs = new HashMap<>();
    /** Who runs each import, and when it last reported in. */
    private Map<ImportJobId, Alive> alive = new HashMap<>();

    private record Alive(ImportRunner runner, Instant at) {}

    public InMemoryImportJobs(InMemoryData data) {
        data.register(this);
    }

    @Override
    public synchronized void create(ImportJob job, ImportRunner runner) {
        if (jobs.putIfAbsent(job.id(), normalized(job)) != null) {
            throw new IllegalStateException("import " + job.id() + " exists");
        }
        alive.put(job.id(), new Alive(runner, Timestamps.normalize(job.createdAt())));
    }

    /** Every import stored, for "nothing was started" assertions. */
    public synchronized List<ImportJob> all() {
        return List.copyOf(jobs.values());
    }

    @Override
    public synchronized Optional<ImportJob> find(ImportJobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized void progress(ImportJobId id, int fetched, int total, Instant at) {
        change(
                id,
                j -> new ImportJob(
                        j.id(),
                        j.owner(),
                        j.key(),
                        ImportStatus.RUNNING,
                        Math.max(j.fetched(), fetched),
                        Math.max(j.total(), total),
                        Optional.empty(),
                        Optional.empty(),
                        j.createdAt(),
                        Timestamps.normalize(at)));
    }

    @Override
    public synchronized void fail(ImportJobId id, ImportFailure failure, Instant at) {
        change(id, j -> failed(j, failure, at));
    }

    @Override
    public synchronized boolean done(ImportJobId id, SequenceId sequence, Instant at) {
        return change(
                id,
                j -> new ImportJob(
                        j.id(),
                        j.owner(),
                        j.key(),
                        ImportStatus.DONE,
                        j.fetched(),
                        j.total(),
                        Optional.empty(),
                        Optional.of(sequence),
                        j.createdAt(),
                        Timestamps.normalize(at)));
    }

    @Override
    public synchronized int heartbeat(ImportRunner runner, Instant at) {
        int count = 0;
        for (ImportJob job : unfinished()) {
            if (alive.get(job.id()).runner().equals(runner)) {
                alive.put(job.id(), new Alive(runner, Timestamps.normalize(at)));
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized int failSilent(Instant silentSince, ImportFailure failure, Instant at) {
        return failWhere(job -> alive.get(job.id()).at().isBefore(silentSince), failure, at);
    }

    @Override
    public synchronized int failRunner(ImportRunner runner, ImportFailure failure, Instant at) {
        return failWhere(job -> alive.get(job.id()).runner().equals(runner), failure, at);
    }

    private int failWhere(Predicate<ImportJob> which, ImportFailure failure, Instant at) {
        int count = 0;
        for (ImportJob job : unfinished()) {
            if (which.test(job)) {
                jobs.put(job.id(), failed(job, failure, at));
                count++;
            }
        }
        return count;
    }

    private List<ImportJob> unfinished() {
        return jobs.values().stream().filter(job -> !job.status().finished()).toList();
    }

    private boolean change(ImportJobId id, UnaryOperator<ImportJob> change) {
        ImportJob job = jobs.get(id);
        if (job != null && !job.status().finished()) {
            jobs.put(id, change.apply(job));
            return true;
        }
        return false;
    }

    private static ImportJob failed(ImportJob j, ImportFailure failure, Instant at) {
        ImportFailure kept = new ImportFailure(failure.code(), failure.retryAt().map(Timestamps::normalize));
        return new ImportJob(
                j.id(),
                j.owner(),
                j.key(),
                ImportStatus.FAILED,
                j.fetched(),
                j.total(),
                Optional.of(kept),
                Optional.empty(),
                j.createdAt(),
                Timestamps.normalize(at));
    }

    private static ImportJob normalized(ImportJob j) {
        return new ImportJob(
                j.id(),
                j.owner(),
                j.key(),
                j.status(),
                j.fetched(),
                j.total(),
                j.failure(),
                j.sequence(),
                Timestamps.normalize(j.createdAt()),
                Timestamps.normalize(j.updatedAt()));
    }

    @Override
    public synchronized Object snapshot() {
        return List.of(new HashMap<>(jobs), new HashMap<>(alive));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<Object> both = (List<Object>) snapshot;
        jobs = new HashMap<>((Map<ImportJobId, ImportJob>) both.get(0));
        alive = new HashMap<>((Map<ImportJobId, Alive>) both.get(1));
    }
}
