package org.mtp.adapter.persistence.write.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code photos}, one image of a sequence at its position. Photos never change after
 * import; {@code viewpoint_count} changes only by atomic SQL increments, never through this entity.
 */
@Entity
@Table(name = "photos")
class PhotoJpaEntity {

    @EmbeddedId
    private PhotoJpaId id;

    @Column(name = "image_key", nullable = false, updatable = false, length = Limits.KEY_MAX)
    private String imageKey;

    @Column(name = "lon", nullable = false, updatable = false)
    private double lon;

    @Column(name = "lat", nullable = false, updatable = false)
    private double lat;

    @Column(name = "compass_angle", updatable = false)
    private Double compassAngle;

    @Column(name = "captured_at", updatable = false)
    private Instant capturedAt;

    @Column(name = "viewpoint_count", nullable = false, updatable = false)
    private int viewpointCount;

    protected PhotoJpaEntity() {}

    PhotoJpaEntity(PhotoJpaId id, String imageKey, double lon, double lat, Double compassAngle, Instant capturedAt) {
        this.id = id;
        this.imageKey = imageKey;
        this.lon = lon;
        this.lat = lat;
        this.compassAngle = compassAngle;
        this.capturedAt = capturedAt;
    }

    PhotoJpaId getId() {
        return id;
    }

    String getImageKey() {
        return imageKey;
    }

    double getLon() {
        return lon;
    }

    double getLat() {
        return lat;
    }

    Double getCompassAngle() {
        return compassAngle;
    }

    Instant getCapturedAt() {
        return capturedAt;
    }

    int getViewpointCount() {
        return viewpointCount;
    }
}
