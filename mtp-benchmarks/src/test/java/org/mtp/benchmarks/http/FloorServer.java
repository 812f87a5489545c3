package org.mtp.benchmarks.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Load benchmark: the comparisons the real service is measured against, run in a child JVM with the service's heap.
 * {@code ceiling} is a bare Javalin endpoint answering a constant JSON body (the framework's ceiling); {@code floor}
 * adds {@code GET /floor/sequences/{id}}, the single-sequence read written by hand: three plain JDBC statements on a
 * HikariCP pool of the service's size (the sequence with its owner's name, its tags, its photos) and the same JSON
 * members written by Moshi from maps (the floor for the service's own read).
 *
 * <p>Arguments: {@code ceiling|floor port}; the database comes from {@code FLOOR_JDBC_URL}, {@code FLOOR_JDBC_USER} and
 * {@code FLOOR_JDBC_PASSWORD}.
 */
public final class FloorServer {

    static final String CEILING_BODY =
            "{\"status\":\"ok\",\"items\":[{\"name\":\"Earth\",\"children\":[]}]," + "\"next\":null}";
    private static final String SEQUENCE = "SELECT s.id, s.name, s.description, u.username, s.transport_type, "
            + "s.transport_parent, s.camera_make, s.camera_model, s.captured_at, s.mapillary_created_at, s.imported_at, "
            + "s.drafted_at, s.mapillary_sequence_key, s.google_street_view, s.strava, s.pano, s.status, s.photo_count, "
            + "s.distance_m, s.like_count FROM sequences s JOIN users u ON u.id = s.owner_id "
            + "WHERE s.id = ? AND s.status = 'PUBLISHED'";
    private static final String TAGS = "SELECT tag FROM sequence_tags WHERE sequence_id = ? ORDER BY position";
    private static final String PHOTOS = "SELECT image_key, lon, lat, compass_angle, captured_at, viewpoint_count "
            + "FROM photos WHERE sequence_id = ? ORDER BY position";

    private final HikariDataSource pool;
    private final JsonAdapter<Object> json =
            new Moshi.Builder().build().adapter(Object.class).serializeNulls();

    private FloorServer(HikariDataSource pool) {
        this.pool = pool;
    }

    public static void main(String[] args) {
        boolean floor = args[0].equals("floor");
        int port = Integer.parseInt(args[1]);
        FloorServer server = floor ? new FloorServer(pool()) : null;
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.routes.get(
                            "/ceiling",
                            ctx -> ctx.contentType("application/json").result(CEILING_BODY));
                    if (floor) {
                        config.routes.get("/floor/sequences/{id}", server::sequence);
                    }
                })
                .start("127.0.0.1", port);
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("FLOOR_JDBC_URL"));
        config.setUsername(System.getenv("FLOOR_JDBC_USER"));
        config.setPassword(System.getenv().getOrDefault("FLOOR_JDBC_PASSWORD", ""));
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    private void sequence(Context ctx) throws SQLException {
        UUID id = UUID.fromString(ctx.pathParam("id"));
        try (Connection c = pool.getConnection()) {
            Map<String, Object> sequence = readSequence(c, id);
            if (sequence == null) {
                ctx.status(404).contentType("application/json").result("{\"code\":\"not_found\"}");
                return;
            }
            sequence.put("tags", readTags(c, id));
            sequence.put("photos", readPhotos(c, id));
            ctx.contentType("application/json").result(json.toJson(sequence));
        }
    }

    private static Map<String, Object> readSequence(Connection c, UUID id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(SEQUENCE)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("unique_id", row.getObject(1, UUID.class).toString());
                s.put("name", row.getString(2));
                s.put("description", row.getString(3));
                s.put("username", row.getString(4));
                Map<String, Object> transport = new LinkedHashMap<>();
                transport.put("name", row.getString(5));
                transport.put("parent", row.getString(6));
                s.put("transport_type", transport);
                s.put("camera_make", row.getString(7));
                s.put("camera_model", row.getString(8));
                s.put("captured_at", instant(row, 9));
                s.put("created_at", instant(row, 10));
                s.put("imported_at", instant(row, 11));
                s.put("drafted_at", instant(row, 12));
                s.put("mapillary_sequence_key", row.getString(13));
                s.put("google_street_view", row.getString(14));
                s.put("strava", row.getString(15));
                s.put("pano", row.getBoolean(16));
                s.put("status", row.getString(17).toLowerCase(Locale.ROOT));
                s.put("photo_count", row.getInt(18));
                s.put("distance_km", row.getLong(19) / 1000.0);
                s.put("like_count", row.getLong(20));
                return s;
            }
        }
    }

    private static List<String> readTags(Connection c, UUID id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(TAGS)) {
            statement.setObject(1, id);
            List<String> tags = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
            return tags;
        }
    }

    private static List<Map<String, Object>> readPhotos(Connection c, UUID id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(PHOTOS)) {
            statement.setObject(1, id);
            List<Map<String, Object>> photos = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> photo = new LinkedHashMap<>();
                    photo.put("image_key", rows.getString(1));
                    photo.put("lon", rows.getDouble(2));
                    photo.put("lat", rows.getDouble(3));
                    double angle = rows.getDouble(4);
                    photo.put("compass_angle", rows.wasNull() ? null : angle);
                    photo.put("captured_at", instant(rows, 5));
                    photo.put("viewpoint_count", rows.getLong(6));
                    photos.add(photo);
                }
            }
            return photos;
        }
    }

    private static String instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant().toString();
    }
}
