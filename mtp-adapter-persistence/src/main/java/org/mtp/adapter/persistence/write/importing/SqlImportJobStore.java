package org.mtp.adapter.persistence.write.importing;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.Row;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportRunner;
import org.mtp.application.model.importing.ImportStatus;
import org.mtp.application.port.out.importing.ImportJobStore;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: background imports in {@code import_jobs}. Every change is one statement guarded by the status
 * (only queued or running rows change), and progress takes the larger count, so reports arriving out of order from
 * concurrent batches never move it back.
 */
public final class SqlImportJobStore implements ImportJobStore {

    private static final String UNFINISHED = " status IN ('QUEUED', 'RUNNING')";

    private final Jdbc jdbc;

    public SqlImportJobStore(Jdbc jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "'jdbc' must not be null");
    }

    @Override
    public void create(ImportJob job, ImportRunner runner) {
        if (job.status() != ImportStatus.QUEUED) {
            throw new IllegalArgumentException("an import is created queued");
        }
        jdbc.update(
                "INSERT INTO import_jobs (id, owner_id, sequence_key, status, fetched, total, created_at, updated_at,"
                        + " runner_id, heartbeat_at) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)",
                job.id().value(),
                job.owner().value(),
                job.key().value(),
                job.fetched(),
                job.total(),
                Timestamps.normalize(job.createdAt()),
                Timestamps.normalize(job.updatedAt()),
                runner.value(),
                Timestamps.normalize(job.createdAt()));
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
        return jdbc.first("SELECT * FROM import_jobs WHERE id = ?", SqlImportJobStore::job, id.value());
    }

    @Override
    public void progress(ImportJobId id, int fetched, int total, Instant at) {
        jdbc.update(
                "UPDATE import_jobs SET status = 'RUNNING', fetched = GREATEST(fetched, ?), total = GREATEST(total, ?),"
                        + " updated_at = ? WHERE id = ? AND" + UNFINISHED,
                fetched,
                total,
                Timestamps.normalize(at),
                id.value());
    }

    @Override
    public void fail(ImportJobId id, ImportFailure failure, Instant at) {
        String set = "UPDATE import_jobs SET status = 'FAILED', failure_code = ?, updated_at = ?, retry_at = ";
        String where = " WHERE id = ? AND" + UNFINISHED;
        Instant now = Timestamps.normalize(at);
        if (failure.retryAt().isPresent()) {
            jdbc.update(
                    set + "?" + where,
                    failure.code(),
                    now,
                    Timestamps.normalize(failure.retryAt().get()),
                    id.value());
        } else {
            jdbc.update(set + "NULL" + where, failure.code(), now, id.value());
        }
    }

    @Override
    public boolean done(ImportJobId id, SequenceId sequence, Instant at) {
        return 1
                == jdbc.update(
                        "UPDATE import_jobs SET status = 'DONE', sequence_id = ?, updated_at = ? WHERE id = ? AND"
                                + UNFINISHED,
                        sequence.value(),
                        Timestamps.normalize(at),
                        id.value());
    }

    @Override
    public int heartbeat(ImportRunner runner, Instant at) {
        return jdbc.update(
                "UPDATE import_jobs SET heartbeat_at = ? WHERE runner_id = ? AND" + UNFINISHED,
                Timestamps.normalize(at),
                runner.value());
    }

    @Override
    public int failSilent(Instant silentSince, ImportFailure failure, Instant at) {
        return cutOff("heartbeat_at < ?", failure, at, Timestamps.normalize(silentSince));
    }

    @Override
    public int failRunner(ImportRunner runner, ImportFailure failure, Instant at) {
        return cutOff("runner_id = ?", failure, at, runner.value());
    }

    /** The failure's retry time is not kept: a cut-off import can be tried again at once. */
    private int cutOff(String which, ImportFailure failure, Instant at, Object parameter) {
        return jdbc.update(
                "UPDATE import_jobs SET status = 'FAILED', failure_code = ?, retry_at = NULL, updated_at = ? WHERE "
                        + which + " AND" + UNFINISHED,
                failure.code(),
                Timestamps.normalize(at),
                parameter);
    }

    private static ImportJob job(Row row) throws SQLException {
        String code = row.string("failure_code");
        Instant retryAt = row.instant("retry_at");
        UUID sequence = row.uuid("sequence_id");
        return new ImportJob(
                ImportJobId.of(row.uuid("id")),
                UserId.of(row.uuid("owner_id")),
                MapillarySequenceKey.of(row.string("sequence_key")),
                ImportStatus.valueOf(row.string("status")),
                row.integer("fetched"),
                row.integer("total"),
                code == null ? Optional.empty() : Optional.of(new ImportFailure(code, Optional.ofNullable(retryAt))),
                sequence == null ? Optional.empty() : Optional.of(SequenceId.of(sequence)),
                row.instant("created_at"),
                row.instant("updated_at"));
    }
}
