package org.mtp.adapter.persistence.write.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Persistence adapter: a row of {@code leaderboard_cells}, a user's sums for one transport type, camera and capture
 * month: the fine grain that answers child-transport, camera, month and custom-range filters.
 */
@Entity
@Table(name = "leaderboard_cells")
class LeaderboardCellJpaEntity {

    @EmbeddedId
    private LeaderboardCellJpaId id;

    @Column(name = "photos", nullable = false)
    private long photos;

    @Column(name = "distance_m", nullable = false)
    private long distanceMetres;

    @Column(name = "viewpoints", nullable = false)
    private long viewpoints;

    protected LeaderboardCellJpaEntity() {}

    LeaderboardCellJpaEntity(LeaderboardCellJpaId id, long photos, long distanceMetres, long viewpoints) {
        this.id = id;
        this.photos = photos;
        this.distanceMetres = distanceMetres;
        this.viewpoints = viewpoints;
    }

    LeaderboardCellJpaId getId() {
        return id;
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
