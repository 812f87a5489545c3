package org.mtp.adapter.persistence.write.viewpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/** Persistence adapter: the key of a {@code viewpoints} row: one mark per user and photo. */
@Embeddable
record ViewpointJpaId(
        @Column(name = "user_id", nullable = false, updatable = false)
        UUID userId,

        @Column(name = "sequence_id", nullable = false, updatable = false)
        UUID sequenceId,

        @Column(name = "image_key", nullable = false, updatable = false, length = Limits.KEY_MAX)
        String imageKey)
        implements Serializable {}
