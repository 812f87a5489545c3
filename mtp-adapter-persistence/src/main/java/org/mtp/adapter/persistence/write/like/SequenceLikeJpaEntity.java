package org.mtp.adapter.persistence.write.like;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Persistence adapter: a row of {@code sequence_likes}, a user's like of a sequence. */
@Entity
@Table(name = "sequence_likes")
class SequenceLikeJpaEntity {

    @EmbeddedId
    private SequenceLikeJpaId id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SequenceLikeJpaEntity() {}

    SequenceLikeJpaEntity(SequenceLikeJpaId id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    SequenceLikeJpaId getId() {
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
