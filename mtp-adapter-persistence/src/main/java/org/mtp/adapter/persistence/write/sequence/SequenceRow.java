package org.mtp.adapter.persistence.write.sequence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Row;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;

/**
 * Persistence adapter: the columns of a {@code sequences} row that the aggregate is restored from, with its tags in
 * order, whether read through the JPA entity or with plain SQL; {@link SequenceMapper#toModel} maps both alike. It is
 * public so that the read side's sequence view, which reads the row with plain SQL, restores the aggregate through this
 * package's mapping instead of a copy of it.
 */
public record SequenceRow(
        UUID id,
        UUID ownerId,
        Instant draftedAt,
        String name,
        String description,
        String transportType,
        List<String> tags,
        String googleStreetView,
        String strava,
        boolean published,
        String mapillarySequenceKey,
        String mapillaryUserId,
        String mapillaryUsername,
        String cameraMake,
        String cameraModel,
        boolean pano,
        Instant mapillaryCreatedAt,
        Instant capturedAt,
        Instant importedAt) {

    /** The columns {@link #of(Row)} reads, each qualified by the alias {@code s}. */
    public static final String COLUMNS = "s.id, s.owner_id, s.drafted_at, s.name, s.description, s.transport_type,"
            + " s.google_street_view, s.strava, s.status, s.mapillary_sequence_key, s.mapillary_user_id,"
            + " s.mapillary_username, s.camera_make, s.camera_model, s.pano, s.mapillary_created_at, s.captured_at,"
            + " s.imported_at";

    public SequenceRow {
        tags = List.copyOf(tags);
    }

    static SequenceRow of(SequenceJpaEntity e) {
        return new SequenceRow(
                e.getId(),
                e.getOwnerId(),
                e.getDraftedAt(),
                e.getName(),
                e.getDescription(),
                e.getTransportType(),
                e.getTags().stream().map(SequenceTagJpaValue::tag).toList(),
                e.getGoogleStreetView(),
                e.getStrava(),
                e.isPublished(),
                e.getMapillarySequenceKey(),
                e.getMapillaryUserId(),
                e.getMapillaryUsername(),
                e.getCameraMake(),
                e.getCameraModel(),
                e.isPano(),
                e.getMapillaryCreatedAt(),
                e.getCapturedAt(),
                e.getImportedAt());
    }

    /** The row {@code row} points at, selected with {@link #COLUMNS}; its tags are read apart ({@link #withTags}). */
    public static SequenceRow of(Row row) throws SQLException {
        return new SequenceRow(
                row.uuid("id"),
                row.uuid("owner_id"),
                row.instant("drafted_at"),
                row.string("name"),
                row.string("description"),
                row.string("transport_type"),
                List.of(),
                row.string("google_street_view"),
                row.string("strava"),
                SequenceJpaEntity.PUBLISHED.equals(row.string("status")),
                row.string("mapillary_sequence_key"),
                row.string("mapillary_user_id"),
                row.string("mapillary_username"),
                row.string("camera_make"),
                row.string("camera_model"),
                row.bool("pano"),
                row.instant("mapillary_created_at"),
                row.instant("captured_at"),
                row.instant("imported_at"));
    }

    public SequenceRow withTags(List<String> newTags) {
        return new SequenceRow(
                id,
                ownerId,
                draftedAt,
                name,
                description,
                transportType,
                newTags,
                googleStreetView,
                strava,
                published,
                mapillarySequenceKey,
                mapillaryUserId,
                mapillaryUsername,
                cameraMake,
                cameraModel,
                pano,
                mapillaryCreatedAt,
                capturedAt,
                importedAt);
    }

    /**
     * The aggregate, unless its photos were read short of {@code photoCount}: {@link SequenceMapper#toModelIfWhole}.
     */
    public Optional<Sequence> toModelIfWhole(List<Photo> photos, long photoCount) {
        return SequenceMapper.toModelIfWhole(this, photos, photoCount);
    }

    /** One photo from the columns of its {@code photos} row, mapped as the repository maps it. */
    public static Photo photo(String imageKey, double lon, double lat, Double compassAngle, Instant capturedAt) {
        return SequenceMapper.toPhoto(imageKey, lon, lat, compassAngle, capturedAt);
    }
}
