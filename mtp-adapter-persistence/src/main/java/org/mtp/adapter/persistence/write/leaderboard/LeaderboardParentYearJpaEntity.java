package org.mtp.adapter.persistence.write.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code leaderboard_parent_years}, a user's sums for one transport parent and/or one UTC
 * capture year; a board filtered that way reads one row per user, in rank order, off an index.
 */
@Entity
@Table(name = "leaderboard_parent_years")
class LeaderboardParentYearJpaEntity {

    @EmbeddedId
    private LeaderboardParentYearJpaId id;

    /** The owner's username_key, copied so that one index holds the board in rank order. */
    @Column(name = "username_key", nullable = false, updatable = false, length = Limits.USERNAME_MAX)
    private String usernameKey;

    @Column(name = "photos", nullable = false)
    private long photos;

    @Column(name = "distance_m", nullable = false)
    private long distanceMetres;

    @Column(name = "viewpoints", nullable = false)
    private long viewpoints;

    protected LeaderboardParentYearJpaEntity() {}

    LeaderboardParentYearJpaEntity(
            LeaderboardParentYearJpaId id, String usernameKey, long photos, long distanceMetres, long viewpoints) {
        this.id = id;
        this.usernameKey = usernameKey;
        this.photos = photos;
        this.distanceMetres = distanceMetres;
        this.viewpoints = viewpoints;
    }

    LeaderboardParentYearJpaId getId() {
        return id;
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
