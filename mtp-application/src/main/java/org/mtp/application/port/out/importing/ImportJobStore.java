package org.mtp.application.port.out.importing;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportRunner;
import org.mtp.domain.sequence.SequenceId;

/**
 * Outgoing port for the state of background imports, kept where every node reads it. Each change applies to an
 * unfinished import only: a failed or done one never changes again, so a late progress report cannot revive an import
 * marked as cut off.
 */
public interface ImportJobStore {

    /** Stores a new, queued import run by {@code runner}, alive as of its creation. */
    void create(ImportJob job, ImportRunner runner);

    Optional<ImportJob> find(ImportJobId id);

    /** Running, with {@code fetched} of {@code total} photos read. */
    void progress(ImportJobId id, int fetched, int total, Instant at);

    void fail(ImportJobId id, ImportFailure failure, Instant at);

    /**
     * Done with {@code sequence}, written in the unit of work that stores it; false when the import is finished already
     * (marked cut off meanwhile), and then the caller must write nothing.
     */
    boolean done(ImportJobId id, SequenceId sequence, Instant at);

    /** Keeps {@code runner}'s unfinished imports alive as of {@code at}; returns how many. */
    int heartbeat(ImportRunner runner, Instant at);

    /**
     * Fails with {@code failure} the unfinished imports whose runner last reported before {@code silentSince} (it
     * stopped or crashed); returns how many.
     */
    int failSilent(Instant silentSince, ImportFailure failure, Instant at);

    /** Fails with {@code failure} {@code runner}'s unfinished imports (it is stopping); returns how many. */
    int failRunner(ImportRunner runner, ImportFailure failure, Instant at);
}
