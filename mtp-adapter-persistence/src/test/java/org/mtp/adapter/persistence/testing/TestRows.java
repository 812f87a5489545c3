package org.mtp.adapter.persistence.testing;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/** Test support: valid rows written with plain SQL, so schema tests do not depend on the JPA mapping. */
public final class TestRows {

    public static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123Z");

    private TestRows() {}

    public static UUID user(DataSource dataSource, String username) throws SQLException {
        UUID id = UUID.randomUUID();
        user(dataSource, id, username, T0);
        return id;
    }

    /** A user with this id and username (its key the lower-case form), signed up at {@code at}. */
    public static void user(DataSource dataSource, UUID id, String username, Instant at) throws SQLException {
        String key = username.toLowerCase(Locale.ROOT);
        Sql.update(
                dataSource,
                "INSERT INTO users (id, username, username_key, email, email_key, password_hash, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                username,
                key,
                id + "@example.org",
                id + "@example.org",
                "$argon2id$hash",
                at);
    }

    public static UUID draftSequence(DataSource dataSource, UUID owner) throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.update(
                dataSource,
                "INSERT INTO sequences (id, owner_id, status, name, transport_type, transport_parent,"
                        + " pano, drafted_at, photo_count, distance_m, like_count, viewpoint_count, version)"
                        + " VALUES (?, ?, 'DRAFT', 'A draft', 'WALK', 'EARTH', FALSE, ?, 0, 0, 0, 0, 0)",
                id,
                owner,
                T0);
        return id;
    }

    /** A published sequence declaring two photos (the photo rows are not written). */
    public static UUID publishedSequence(DataSource dataSource, UUID owner, String mapillaryKey) throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.update(
                dataSource,
                "INSERT INTO sequences (id, owner_id, status, name, transport_type, transport_parent,"
                        + " camera_make, camera_make_key, pano, captured_at, imported_at, drafted_at, mapillary_sequence_key,"
                        + " mapillary_user_id, mapillary_username, photo_count, distance_m, min_lon, min_lat, max_lon, max_lat,"
                        + " like_count, viewpoint_count, version)"
                        + " VALUES (?, ?, 'PUBLISHED', 'Along the river', 'BICYCLE', 'EARTH', 'GoPro', 'gopro', FALSE, ?, ?, ?, ?,"
                        + " '1001', 'rider', 2, 150, 2.35, 48.85, 2.36, 48.86, 0, 0, 0)",
                id,
                owner,
                T0,
                T0,
                T0,
                mapillaryKey);
        return id;
    }

    public static void photo(DataSource dataSource, UUID sequence, int position, String imageKey) throws SQLException {
        Sql.update(
                dataSource,
                "INSERT INTO photos (sequence_id, position, image_key, lon, lat, compass_angle, captured_at,"
                        + " viewpoint_count) VALUES (?, ?, ?, 2.35, 48.85, 90.0, ?, 0)",
                sequence,
                position,
                imageKey,
                T0);
    }
}
