package org.mtp.adapter.persistence.write.viewpoint;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Persistence adapter: a row of {@code viewpoints}, a user's mark on a photo, credited to the photo's owner. */
@Entity
@Table(name = "viewpoints")
class ViewpointJpaEntity {

    @EmbeddedId
    private ViewpointJpaId id;

    @Column(name = "photo_owner_id", nullable = false, updatable = false)
    private UUID photoOwnerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ViewpointJpaEntity() {}

    ViewpointJpaEntity(ViewpointJpaId id, UUID photoOwnerId, Instant createdAt) {
        this.id = id;
        this.photoOwnerId = photoOwnerId;
        this.createdAt = createdAt;
    }

    ViewpointJpaId getId() {
        return id;
    }

    UUID getPhotoOwnerId() {
        return photoOwnerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
