package org.mtp.adapter.persistence.write.like;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Persistence adapter: the key of a {@code sequence_likes} row: one like per user and sequence. */
@Embeddable
record SequenceLikeJpaId(
        @Column(name = "user_id", nullable = false, updatable = false)
        UUID userId,

        @Column(name = "sequence_id", nullable = false, updatable = false)
        UUID sequenceId)
        implements Serializable {}
