package org.mtp.application.port.out.importing;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.domain.sequence.SequenceId;

/**
 * Outgoing port for the state of background imports, kept where every node reads it. Each change applies to an
 * unfinished import only: a failed or done one never changes again, so a late progress report cannot revive an import
 * marked as cut off.
 */
public interface ImportJobStore {

    /** Stores a new, queued import. */
    void create(ImportJob job);

    Optional<ImportJob> find(ImportJobId id);

    /** Running, with {@code fetched} of {@code total} photos read. */
    void progress(ImportJobId id, int fetched, int total, Instant at);

    void fail(ImportJobId id, ImportFailure failure, Instant at);

    /**
     * Done with {@code sequence}, written in the unit of work that stores it; false when the import is finished already
     * (marked cut off meanwhile), and then the caller must write nothing.
     */
    boolean done(ImportJobId id, SequenceId sequence, Instant at);

    /** Fails every unfinished import with {@code failure}; returns how many. */
    int failUnfinished(ImportFailure failure, Instant at);
}
