package org.mtp.adapter.persistence.write.like;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Persistence adapter: a row of {@code tour_likes}, a user's like of a tour. */
@Entity
@Table(name = "tour_likes")
class TourLikeJpaEntity {

    @EmbeddedId
    private TourLikeJpaId id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TourLikeJpaEntity() {}

    TourLikeJpaEntity(TourLikeJpaId id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    TourLikeJpaId getId() {
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
