package org.mtp.adapter.persistence.sequence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Row;

/**
 * Persistence adapter: the columns of a {@code sequences} row that the aggregate is restored from, with its tags in
 * order, whether read through the JPA entity or with plain SQL; {@link SequenceMapper#toModel} maps both alike.
 */
record SequenceRow(UUID id, UUID ownerId, Instant draftedAt, String name, String description, String transportType,
    List<String> tags, String googleStreetView, String strava, boolean published, String mapillarySequenceKey,
    String mapillaryUserId, String mapillaryUsername, String cameraMake, String cameraModel, boolean pano,
    Instant mapillaryCreatedAt, Instant capturedAt, Instant importedAt) {

  /** The columns {@link #of(Row, List)} reads, each qualified by the alias {@code s}. */
  static final String COLUMNS = "s.id, s.owner_id, s.drafted_at, s.name, s.description, s.transport_type,"
      + " s.google_street_view, s.strava, s.status, s.mapillary_sequence_key, s.mapillary_user_id,"
      + " s.mapillary_username, s.camera_make, s.camera_model, s.pano, s.mapillary_created_at, s.captured_at,"
      + " s.imported_at";

  SequenceRow {
    tags = List.copyOf(tags);
  }

  static SequenceRow of(SequenceJpaEntity e) {
    return new SequenceRow(e.getId(), e.getOwnerId(), e.getDraftedAt(), e.getName(), e.getDescription(),
        e.getTransportType(), e.getTags().stream().map(SequenceTagJpaValue::tag).toList(), e.getGoogleStreetView(),
        e.getStrava(), e.isPublished(), e.getMapillarySequenceKey(), e.getMapillaryUserId(),
        e.getMapillaryUsername(), e.getCameraMake(), e.getCameraModel(), e.isPano(), e.getMapillaryCreatedAt(),
        e.getCapturedAt(), e.getImportedAt());
  }

  /** The row {@code row} points at, selected with {@link #COLUMNS}; its tags are read apart ({@link #withTags}). */
  static SequenceRow of(Row row) throws SQLException {
    return new SequenceRow(row.uuid("id"), row.uuid("owner_id"), row.instant("drafted_at"), row.string("name"),
        row.string("description"), row.string("transport_type"), List.of(), row.string("google_street_view"),
        row.string("strava"), SequenceJpaEntity.PUBLISHED.equals(row.string("status")),
        row.string("mapillary_sequence_key"), row.string("mapillary_user_id"), row.string("mapillary_username"),
        row.string("camera_make"), row.string("camera_model"), row.bool("pano"), row.instant("mapillary_created_at"),
        row.instant("captured_at"), row.instant("imported_at"));
  }

  SequenceRow withTags(List<String> newTags) {
    return new SequenceRow(id, ownerId, draftedAt, name, description, transportType, newTags, googleStreetView,
        strava, published, mapillarySequenceKey, mapillaryUserId, mapillaryUsername, cameraMake, cameraModel, pano,
        mapillaryCreatedAt, capturedAt, importedAt);
  }
}
