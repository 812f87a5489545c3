package org.mtp.application.port.out.sequence;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Outgoing port storing sequences with their photos. Called inside a unit of work. It stores the aggregate only: what
 * derives from its changes (totals, counters, the revision) is kept by
 * {@link org.mtp.application.port.out.derived.DerivedData}.
 */
public interface SequenceRepository {

    /**
     * Inserts or updates. Fails with {@link org.mtp.domain.sequence.SequenceFailures.KeyTaken} when another sequence
     * holds the Mapillary key (the store's unique constraint decides, so concurrent imports cannot both win).
     */
    void save(Sequence sequence);

    Optional<Sequence> findById(SequenceId id);

    Optional<SequenceId> findIdByMapillaryKey(MapillarySequenceKey key);

    /** Which of these keys some sequence already holds. */
    Set<MapillarySequenceKey> existingKeys(Collection<MapillarySequenceKey> keys);

    /** How many sequences {@code owner} imported from Mapillary at or after {@code since}. */
    int countImportedSince(UserId owner, Instant since);

    /** Deletes the sequence with its photos, likes, viewpoints and tour memberships. */
    void delete(SequenceId id);
}
