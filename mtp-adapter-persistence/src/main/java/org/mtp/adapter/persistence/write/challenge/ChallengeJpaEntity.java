package org.mtp.adapter.persistence.write.challenge;

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
 * Persistence adapter: a row of {@code challenges} with its filters and its area. The area's bounding box is stored
 * beside the positions so that SQL can prefilter photos before the exact geometry runs in the domain. The child lists
 * are bags: any change deletes the owner's rows and inserts the new list.
 */
@Entity
@Table(name = "challenges")
class ChallengeJpaEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "name", nullable = false, length = Limits.NAME_MAX)
    private String name;

    @Column(name = "description", length = Limits.DESCRIPTION_MAX)
    private String description;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    // metric and area_kind hold constant names (ChallengeMetric; the mapper's POLYGON or MULTIPOLYGON), and
    // transport_type enum names: the domain sets them no length, and the widths fit the longest.
    @Column(name = "metric", nullable = false, length = 16)
    private String metric;

    @Column(name = "area_kind", nullable = false, length = 16)
    private String areaKind;

    @Column(name = "min_lon", nullable = false)
    private double minLon;

    @Column(name = "min_lat", nullable = false)
    private double minLat;

    @Column(name = "max_lon", nullable = false)
    private double maxLon;

    @Column(name = "max_lat", nullable = false)
    private double maxLat;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "challenge_transport_types", joinColumns = @JoinColumn(name = "challenge_id"))
    @Column(name = "transport_type", nullable = false, length = 32)
    @OrderBy
    private List<String> transportTypes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "challenge_camera_makes", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderBy("cameraMakeKey")
    private List<ChallengeCameraMakeJpaValue> cameraMakes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "challenge_area_positions", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderBy("polygonIndex, ringIndex, positionIndex")
    private List<AreaPositionJpaValue> area = new ArrayList<>();

    protected ChallengeJpaEntity() {}

    ChallengeJpaEntity(UUID id, UUID ownerId, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
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

    Instant getStartAt() {
        return startAt;
    }

    Instant getEndAt() {
        return endAt;
    }

    void setWindow(Instant startAt, Instant endAt) {
        this.startAt = startAt;
        this.endAt = endAt;
    }

    String getMetric() {
        return metric;
    }

    void setMetric(String metric) {
        this.metric = metric;
    }

    double getMinLon() {
        return minLon;
    }

    double getMinLat() {
        return minLat;
    }

    double getMaxLon() {
        return maxLon;
    }

    double getMaxLat() {
        return maxLat;
    }

    /** Enum constant names of the transport types the challenge counts; empty means all. */
    List<String> getTransportTypes() {
        return transportTypes;
    }

    void setTransportTypes(List<String> names) {
        if (!List.copyOf(transportTypes).equals(names)) {
            transportTypes.clear();
            transportTypes.addAll(names);
        }
    }

    /** Camera makes the challenge counts; empty means all. */
    List<ChallengeCameraMakeJpaValue> getCameraMakes() {
        return cameraMakes;
    }

    void setCameraMakes(List<ChallengeCameraMakeJpaValue> makes) {
        if (!List.copyOf(cameraMakes).equals(makes)) {
            cameraMakes.clear();
            cameraMakes.addAll(makes);
        }
    }

    List<AreaPositionJpaValue> getArea() {
        return area;
    }

    /** {@code POLYGON} or {@code MULTIPOLYGON}: a multipolygon of one member stores the same positions as a polygon. */
    String getAreaKind() {
        return areaKind;
    }

    /**
     * Replaces the area (its kind, positions and bounding box together, so the prefilter always matches the area). The
     * positions are rewritten only when they differ, so an edit of the name never churns thousands of rows.
     */
    void setArea(
            String kind,
            List<AreaPositionJpaValue> positions,
            double minLon,
            double minLat,
            double maxLon,
            double maxLat) {
        this.areaKind = kind;
        if (!List.copyOf(area).equals(positions)) {
            area.clear();
            area.addAll(positions);
        }
        this.minLon = minLon;
        this.minLat = minLat;
        this.maxLon = maxLon;
        this.maxLat = maxLat;
    }
}
