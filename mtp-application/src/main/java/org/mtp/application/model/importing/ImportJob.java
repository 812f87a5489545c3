package org.mtp.application.model.importing;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * One background import as stored, readable from any node: whose, which Mapillary sequence, its status, the photos
 * fetched of the total (0 until Mapillary said how many), why it failed, or the sequence it made.
 */
public record ImportJob(
        ImportJobId id,
        UserId owner,
        MapillarySequenceKey key,
        ImportStatus status,
        int fetched,
        int total,
        Optional<ImportFailure> failure,
        Optional<SequenceId> sequence,
        Instant createdAt,
        Instant updatedAt) {

    public ImportJob {
        Require.notNull("id", id);
        Require.notNull("owner", owner);
        Require.notNull("key", key);
        Require.notNull("status", status);
        Require.notNull("failure", failure);
        Require.notNull("sequence", sequence);
        Require.notNull("createdAt", createdAt);
        Require.notNull("updatedAt", updatedAt);
        if (fetched < 0 || total < 0) {
            throw new IllegalArgumentException("'fetched' and 'total' must not be negative");
        }
        if (failure.isPresent() != (status == ImportStatus.FAILED)) {
            throw new IllegalArgumentException("a failure goes with the FAILED status only");
        }
        if (sequence.isPresent() != (status == ImportStatus.DONE)) {
            throw new IllegalArgumentException("a sequence goes with the DONE status only");
        }
    }

    /** A new import waiting for a worker. */
    public static ImportJob queued(ImportJobId id, UserId owner, MapillarySequenceKey key, Instant at) {
        return new ImportJob(id, owner, key, ImportStatus.QUEUED, 0, 0, Optional.empty(), Optional.empty(), at, at);
    }
}
