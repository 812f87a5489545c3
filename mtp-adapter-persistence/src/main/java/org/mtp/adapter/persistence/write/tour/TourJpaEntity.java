package org.mtp.adapter.persistence.write.tour;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code tours} with its tags and its ordered sequences. Both lists are bags: any change
 * deletes the owner's rows and inserts the new list, so a reorder never trips the unique keys midway.
 * {@code like_count} changes only by atomic SQL increments, never through this entity.
 */
@Entity
@Table(name = "tours")
class TourJpaEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "name", nullable = false, length = Limits.NAME_MAX)
    private String name;

    @Column(name = "description", length = Limits.DESCRIPTION_MAX)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "like_count", nullable = false, updatable = false)
    private int likeCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "tour_tags", joinColumns = @JoinColumn(name = "tour_id"))
    @OrderBy("position")
    private List<TourTagJpaValue> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "tour_sequences", joinColumns = @JoinColumn(name = "tour_id"))
    @OrderBy("position")
    private List<TourSequenceJpaValue> sequences = new ArrayList<>();

    protected TourJpaEntity() {}

    TourJpaEntity(UUID id, UUID ownerId, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    UUID getId() {
        return id;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    void setDetails(String name, String description) {
        this.name = name;
        this.description = description;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    int getLikeCount() {
        return likeCount;
    }

    List<TourTagJpaValue> getTags() {
        return tags;
    }

    /** Rewrites the tag rows only when the list differs, so an unrelated edit never churns rows. */
    void setTags(List<String> orderedTags) {
        if (tags.stream().map(TourTagJpaValue::tag).toList().equals(orderedTags)) {
            return;
        }
        tags.clear();
        for (int i = 0; i < orderedTags.size(); i++) {
            tags.add(new TourTagJpaValue(i, orderedTags.get(i)));
        }
    }

    List<TourSequenceJpaValue> getSequences() {
        return sequences;
    }

    /** Rewrites the member rows only when the list (in order) differs. */
    void setSequences(List<UUID> orderedSequenceIds) {
        if (sequences.stream().map(TourSequenceJpaValue::sequenceId).toList().equals(orderedSequenceIds)) {
            return;
        }
        sequences.clear();
        for (int i = 0; i < orderedSequenceIds.size(); i++) {
            sequences.add(new TourSequenceJpaValue(i, orderedSequenceIds.get(i)));
        }
    }
}
