package org.mtp.adapter.persistence.write.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Persistence adapter: the key of a {@code photos} row, known before the insert so that inserts batch. */
@Embeddable
record PhotoJpaId(
        @Column(name = "sequence_id", nullable = false, updatable = false)
        UUID sequenceId,

        @Column(name = "position", nullable = false, updatable = false)
        int position)
        implements Serializable {}
