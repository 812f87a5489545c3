package org.mtp.adapter.persistence.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Persistence adapter: a row of {@code leaderboard_parent_years}, a user's sums for one transport parent and/or one
 * UTC capture year; a board filtered that way reads one row per user, in rank order, off an index.
 */
@Entity
@Table(name = "leaderboard_parent_years")
class LeaderboardParentYearJpaEntity {

  @EmbeddedId
  private LeaderboardParentYearJpaId id;

  @Column(name = "photos", nullable = false)
  private long photos;

  @Column(name = "distance_m", nullable = false)
  private long distanceMetres;

  @Column(name = "viewpoints", nullable = false)
  private long viewpoints;

  protected LeaderboardParentYearJpaEntity() {}

  LeaderboardParentYearJpaEntity(LeaderboardParentYearJpaId id, long photos, long distanceMetres, long viewpoints) {
    this.id = id;
    this.photos = photos;
    this.distanceMetres = distanceMetres;
    this.viewpoints = viewpoints;
  }

  LeaderboardParentYearJpaId getId() {
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
