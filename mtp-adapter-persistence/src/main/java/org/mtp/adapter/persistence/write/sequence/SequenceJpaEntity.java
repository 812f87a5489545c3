package org.mtp.adapter.persistence.write.sequence;

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
 * Persistence adapter: a row of {@code sequences} with its tags. Photos are {@link PhotoJpaEntity} rows loaded and
 * saved on their own, so that lists and search pages never touch them. The counters {@code like_count} and
 * {@code viewpoint_count} are not updatable through this entity: they change only by atomic SQL increments, so a stale
 * copy of a sequence can never write an old count back.
 */
@Entity
@Table(name = "sequences")
class SequenceJpaEntity {

    static final String DRAFT = "DRAFT";
    static final String PUBLISHED = "PUBLISHED";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    // status, transport_type and transport_parent hold enum constant names: the domain sets them no length, and the
    // widths fit the longest constant.
    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "name", nullable = false, length = Limits.NAME_MAX)
    private String name;

    @Column(name = "description", length = Limits.DESCRIPTION_MAX)
    private String description;

    @Column(name = "transport_type", nullable = false, length = 32)
    private String transportType;

    @Column(name = "transport_parent", nullable = false, length = 16)
    private String transportParent;

    @Column(name = "camera_make", length = Limits.CAMERA_MAX)
    private String cameraMake;

    @Column(name = "camera_make_key", length = Limits.CAMERA_MAX)
    private String cameraMakeKey;

    @Column(name = "camera_model", length = Limits.CAMERA_MAX)
    private String cameraModel;

    @Column(name = "camera_model_key", length = Limits.CAMERA_MAX)
    private String cameraModelKey;

    @Column(name = "pano", nullable = false)
    private boolean pano;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "mapillary_created_at")
    private Instant mapillaryCreatedAt;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "mapillary_sequence_key", length = Limits.KEY_MAX)
    private String mapillarySequenceKey;

    @Column(name = "mapillary_user_id", length = Limits.KEY_MAX)
    private String mapillaryUserId;

    // No constant in Limits: MapillaryUser checks its username's 1 to 100 characters itself.
    @Column(name = "mapillary_username", length = 100)
    private String mapillaryUsername;

    @Column(name = "google_street_view", length = Limits.LINK_MAX)
    private String googleStreetView;

    @Column(name = "strava", length = Limits.KEY_MAX)
    private String strava;

    @Column(name = "photo_count", nullable = false)
    private int photoCount;

    @Column(name = "distance_m", nullable = false)
    private long distanceMetres;

    @Column(name = "min_lon")
    private Double minLon;

    @Column(name = "min_lat")
    private Double minLat;

    @Column(name = "max_lon")
    private Double maxLon;

    @Column(name = "max_lat")
    private Double maxLat;

    @Column(name = "photos_from")
    private Instant photosFrom;

    @Column(name = "photos_to")
    private Instant photosTo;

    @Column(name = "like_count", nullable = false, updatable = false)
    private int likeCount;

    @Column(name = "viewpoint_count", nullable = false, updatable = false)
    private int viewpointCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "sequence_tags", joinColumns = @JoinColumn(name = "sequence_id"))
    @OrderBy("position")
    private List<SequenceTagJpaValue> tags = new ArrayList<>();

    protected SequenceJpaEntity() {}

    /** A new draft; {@link #publish} attaches the Mapillary data. */
    SequenceJpaEntity(UUID id, UUID ownerId, Instant draftedAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.draftedAt = draftedAt;
        this.status = DRAFT;
    }

    UUID getId() {
        return id;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    Instant getDraftedAt() {
        return draftedAt;
    }

    long getVersion() {
        return version;
    }

    String getStatus() {
        return status;
    }

    boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getTransportType() {
        return transportType;
    }

    String getTransportParent() {
        return transportParent;
    }

    /** Name, description and transport type (its enum constant name and that of its parent). */
    void setDetails(String name, String description, String transportType, String transportParent) {
        this.name = name;
        this.description = description;
        this.transportType = transportType;
        this.transportParent = transportParent;
    }

    /** The tags in order; replacing the list rewrites the rows (delete, then insert), so no key ever collides. */
    List<SequenceTagJpaValue> getTags() {
        return tags;
    }

    void setTags(List<String> orderedTags) {
        tags.clear();
        for (int i = 0; i < orderedTags.size(); i++) {
            tags.add(new SequenceTagJpaValue(i, orderedTags.get(i)));
        }
    }

    String getGoogleStreetView() {
        return googleStreetView;
    }

    String getStrava() {
        return strava;
    }

    void setLinks(String googleStreetView, String strava) {
        this.googleStreetView = googleStreetView;
        this.strava = strava;
    }

    /** Attaches the Mapillary data and the figures derived from the photos, and marks the sequence published. */
    void publish(MapillaryFacts mapillary, Figures figures, Instant importedAt) {
        this.status = PUBLISHED;
        this.mapillarySequenceKey = mapillary.sequenceKey();
        this.mapillaryUserId = mapillary.userId();
        this.mapillaryUsername = mapillary.username();
        this.cameraMake = mapillary.cameraMake();
        this.cameraMakeKey = mapillary.cameraMakeKey();
        this.cameraModel = mapillary.cameraModel();
        this.cameraModelKey = mapillary.cameraModelKey();
        this.pano = mapillary.pano();
        this.mapillaryCreatedAt = mapillary.createdAt();
        this.capturedAt = mapillary.capturedAt();
        this.photoCount = figures.photoCount();
        this.distanceMetres = figures.distanceMetres();
        this.minLon = figures.minLon();
        this.minLat = figures.minLat();
        this.maxLon = figures.maxLon();
        this.maxLat = figures.maxLat();
        this.photosFrom = figures.photosFrom();
        this.photosTo = figures.photosTo();
        this.importedAt = importedAt;
    }

    /** What Mapillary says about the sequence; camera keys are the lower-case forms used for matching. */
    record MapillaryFacts(
            String sequenceKey,
            String userId,
            String username,
            String cameraMake,
            String cameraMakeKey,
            String cameraModel,
            String cameraModelKey,
            boolean pano,
            Instant createdAt,
            Instant capturedAt) {}

    /**
     * Figures derived from the photos: count, distance in whole metres, bounding box, and the span of their capture
     * times (each photo's own, else the sequence's; both null when no photo has a time).
     */
    record Figures(
            int photoCount,
            long distanceMetres,
            double minLon,
            double minLat,
            double maxLon,
            double maxLat,
            Instant photosFrom,
            Instant photosTo) {}

    String getMapillarySequenceKey() {
        return mapillarySequenceKey;
    }

    String getMapillaryUserId() {
        return mapillaryUserId;
    }

    String getMapillaryUsername() {
        return mapillaryUsername;
    }

    String getCameraMake() {
        return cameraMake;
    }

    String getCameraMakeKey() {
        return cameraMakeKey;
    }

    String getCameraModel() {
        return cameraModel;
    }

    String getCameraModelKey() {
        return cameraModelKey;
    }

    boolean isPano() {
        return pano;
    }

    Instant getCapturedAt() {
        return capturedAt;
    }

    Instant getMapillaryCreatedAt() {
        return mapillaryCreatedAt;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    int getPhotoCount() {
        return photoCount;
    }

    long getDistanceMetres() {
        return distanceMetres;
    }

    Double getMinLon() {
        return minLon;
    }

    Double getMinLat() {
        return minLat;
    }

    Double getMaxLon() {
        return maxLon;
    }

    Double getMaxLat() {
        return maxLat;
    }

    Instant getPhotosFrom() {
        return photosFrom;
    }

    Instant getPhotosTo() {
        return photosTo;
    }

    int getLikeCount() {
        return likeCount;
    }

    int getViewpointCount() {
        return viewpointCount;
    }
}
