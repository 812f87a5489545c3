package org.mtp.adapter.persistence.write.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code user_totals}, a user's all-time sums over their published sequences (the
 * unfiltered leaderboards). Kept current by SQL increments in the transaction of every write that changes them.
 */
@Entity
@Table(name = "user_totals")
class UserTotalsJpaEntity {

    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    /** The owner's username_key, copied so that one index holds the board in rank order. */
    @Column(name = "username_key", nullable = false, updatable = false, length = Limits.USERNAME_MAX)
    private String usernameKey;

    @Column(name = "photos", nullable = false)
    private long photos;

    @Column(name = "distance_m", nullable = false)
    private long distanceMetres;

    @Column(name = "viewpoints", nullable = false)
    private long viewpoints;

    protected UserTotalsJpaEntity() {}

    UserTotalsJpaEntity(UUID userId, String usernameKey, long photos, long distanceMetres, long viewpoints) {
        this.userId = userId;
        this.usernameKey = usernameKey;
        this.photos = photos;
        this.distanceMetres = distanceMetres;
        this.viewpoints = viewpoints;
    }

    UUID getUserId() {
        return userId;
    }

    String getUsernameKey() {
        return usernameKey;
    }

    long getPhotos() {
        return photos;
    }

    long getDistanceMetres() {
        return distanceMetres;
    }

    long getViewpoints() {
        return viewpoints;
    }
}
