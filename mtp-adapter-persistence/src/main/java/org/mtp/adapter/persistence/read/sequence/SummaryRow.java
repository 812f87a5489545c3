package org.mtp.adapter.persistence.read.sequence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Row;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.sequence.SequenceStatus;
import org.mtp.domain.tag.Tag;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Persistence adapter: one row of a search, everything a {@link SequenceSummary} needs but its tags (read for the whole
 * page at once), and the sort key values its cursor needs.
 */
record SummaryRow(
        UUID id,
        UUID owner,
        String ownerName,
        String status,
        String name,
        String description,
        String transportType,
        String googleStreetView,
        String strava,
        String mapillaryKey,
        String cameraMake,
        String cameraModel,
        boolean pano,
        Instant capturedAt,
        Instant createdAt,
        Instant importedAt,
        Instant draftedAt,
        int photoCount,
        long distanceMetres,
        Double minLon,
        Double minLat,
        Double maxLon,
        Double maxLat,
        long likeCount,
        Instant latestAt) {

    /** The columns of a row of {@code sequences s}, with the owner's username looked up for this row only. */
    static final String COLUMNS = "s.id, s.owner_id, (SELECT u.username FROM users u WHERE u.id = s.owner_id)"
            + " AS username, s.status, s.name, s.description, s.transport_type,"
            + " s.google_street_view, s.strava, s.mapillary_sequence_key, s.camera_make, s.camera_model, s.pano,"
            + " s.captured_at, s.mapillary_created_at, s.imported_at, s.drafted_at, s.photo_count, s.distance_m,"
            + " s.min_lon, s.min_lat, s.max_lon, s.max_lat, s.like_count, s.latest_at";

    static SummaryRow of(Row row) throws SQLException {
        return new SummaryRow(
                row.uuid("id"),
                row.uuid("owner_id"),
                row.string("username"),
                row.string("status"),
                row.string("name"),
                row.string("description"),
                row.string("transport_type"),
                row.string("google_street_view"),
                row.string("strava"),
                row.string("mapillary_sequence_key"),
                row.string("camera_make"),
                row.string("camera_model"),
                row.bool("pano"),
                row.instant("captured_at"),
                row.instant("mapillary_created_at"),
                row.instant("imported_at"),
                row.instant("drafted_at"),
                row.integer("photo_count"),
                row.number("distance_m"),
                row.nullableDecimal("min_lon"),
                row.nullableDecimal("min_lat"),
                row.nullableDecimal("max_lon"),
                row.nullableDecimal("max_lat"),
                row.number("like_count"),
                row.instant("latest_at"));
    }

    /** This row's value of the sort column, as the cursor stores it. */
    Object sortValue(SearchOrder order) {
        return switch (order) {
            case LATEST -> latestAt;
            case MOST_LIKES -> likeCount;
            case DISTANCE -> distanceMetres;
        };
    }

    SequenceSummary toSummary(List<String> tags) {
        return new SequenceSummary(
                SequenceId.of(id),
                UserId.of(owner),
                Username.of(ownerName),
                SequenceStatus.valueOf(status),
                SequenceDetails.of(
                        name,
                        description,
                        TransportType.valueOf(transportType),
                        new Tags(tags.stream().map(Tag::of).toList())),
                new SequenceLinks(googleStreetView, strava),
                mapillaryKey == null ? null : MapillarySequenceKey.of(mapillaryKey),
                cameraMake == null ? null : CameraMake.of(cameraMake),
                cameraModel == null ? null : CameraModel.of(cameraModel),
                pano,
                capturedAt,
                createdAt,
                importedAt,
                draftedAt,
                photoCount,
                Distance.ofMetres(distanceMetres),
                minLon == null ? null : new BoundingBox(minLon, minLat, maxLon, maxLat),
                likeCount);
    }

    /** The sequence as a challenge sees it, given its photos. */
    ChallengeCandidate candidate(List<Photo> photos) {
        return new ChallengeCandidate(
                UserId.of(owner),
                TransportType.valueOf(transportType),
                cameraMake == null ? null : CameraMake.of(cameraMake),
                capturedAt,
                photos);
    }
}
