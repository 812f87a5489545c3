package org.mtp.adapter.persistence.write.like;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Persistence adapter: the key of a {@code tour_likes} row: one like per user and tour. */
@Embeddable
record TourLikeJpaId(
        @Column(name = "user_id", nullable = false, updatable = false)
        UUID userId,

        @Column(name = "tour_id", nullable = false, updatable = false)
        UUID tourId)
        implements Serializable {}
