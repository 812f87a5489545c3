package org.mtp.adapter.persistence.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.testing.TotalsRecount;
import org.mtp.adapter.persistence.write.sequence.PhotoTrack;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Haversine;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.transport.TransportType;

/**
 * Benchmark support: generates the data set with a fixed seed, so every run (and both databases) gets the same data:
 * users and sequences (with their like and viewpoint counts and packed photo tracks) in JDBC batches, the photos inside
 * the database from the sequences (one row per position of a series: PostgreSQL {@code generate_series}, H2
 * {@code SYSTEM_RANGE}), then viewpoints and likes in batches, and every leaderboard total by the recount queries of
 * the tests.
 *
 * <p>Shape: owners skewed (a few users own many sequences); transport types uniform over the catalogue; 30 camera makes
 * of 3 models each, 4% unknown; capture times uniform over 2022 to 2024; 5 to 35 photos about 30 m apart, starting
 * anywhere in lon -10..30, lat 35..60; one panorama in ten; 0 to 2 tags; one draft per hundred sequences.
 */
final class DatasetGenerator {

    static final long SEED = 20_241_125L;
    static final double MIN_LON = -10;
    static final double LON_SPAN = 40;
    static final double MIN_LAT = 35;
    static final double LAT_SPAN = 25;
    static final int MAX_PHOTOS = 35;
    static final Instant FIRST_CAPTURE = Instant.parse("2022-01-01T00:00:00Z");
    static final int CAPTURE_DAYS = 3 * 365;
    static final List<String> MAKES = List.of(
            "GoPro",
            "Insta360",
            "Sony",
            "Canon",
            "Nikon",
            "DJI",
            "Apple",
            "Samsung",
            "Google",
            "Xiaomi",
            "Huawei",
            "Garmin",
            "Ricoh",
            "Kandao",
            "Labpano",
            "Trimble",
            "Leica",
            "Fujifilm",
            "Olympus",
            "Panasonic",
            "Kodak",
            "LG",
            "Motorola",
            "OnePlus",
            "Oppo",
            "Vivo",
            "Nokia",
            "BlackVue",
            "Viofo",
            "Akaso");
    static final List<String> WORDS = List.of(
            "river",
            "coast",
            "forest",
            "city",
            "ridge",
            "harbour",
            "canal",
            "valley",
            "bridge",
            "market",
            "trail",
            "park",
            "lake",
            "station",
            "old town",
            "vineyard");
    private static final int BATCH = 1_000;
    private static final String V15 = "/db/migration/common/V15__sequence_map.sql";
    private static final int PHOTO_CHUNKS = 40;

    private final Random random = new Random(SEED);
    private final BenchmarkSize size;
    private final Database database;

    DatasetGenerator(BenchmarkSize size, Database database) {
        this.size = size;
        this.database = database;
    }

    /** One generated sequence, as its row will hold it. */
    private record Planned(
            UUID id,
            int owner,
            TransportType type,
            int make,
            int model,
            Instant capturedAt,
            int photos,
            double minLon,
            double minLat,
            double maxLon,
            double maxLat,
            long metres,
            boolean pano,
            String name,
            List<String> tags) {}

    void generate(Connection c) throws SQLException {
        long started = System.nanoTime();
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < size.users; i++) {
            users.add(new UUID(random.nextLong(), random.nextLong()));
        }
        List<Planned> sequences = new ArrayList<>();
        for (int i = 0; i < size.sequences; i++) {
            sequences.add(plan(i));
        }
        long[] viewpointsBySequence = new long[sequences.size()];
        List<long[]> viewpoints = pairs(size.viewpoints, sequences, true, viewpointsBySequence);
        long[] likesBySequence = new long[sequences.size()];
        List<long[]> likes = pairs(size.likes, sequences, false, likesBySequence);
        log("planned", started);

        insertUsers(c, users);
        insertSequences(c, users, sequences, likesBySequence, viewpointsBySequence);
        insertDrafts(c, users);
        log("users and sequences", started);
        insertPhotos(c);
        log("photos", started);
        insertViewpoints(c, users, sequences, viewpoints);
        insertLikes(c, users, sequences, likes);
        countViewpointsPerPhoto(c);
        log("viewpoints and likes", started);
        fillTotals(c);
        fillMap(c);
        log("totals and map", started);
    }

    private Planned plan(int i) {
        double skew = random.nextDouble();
        int owner = (int) (size.users * skew * skew);
        TransportType type = TransportType.values()[random.nextInt(TransportType.values().length)];
        int make = random.nextInt(25) == 0 ? -1 : random.nextInt(MAKES.size());
        int model = random.nextInt(3);
        Instant capturedAt = FIRST_CAPTURE.plusSeconds(random.nextInt(CAPTURE_DAYS * 86_400));
        int photos = 5 + random.nextInt(MAX_PHOTOS - 4);
        double minLon = MIN_LON + random.nextDouble() * LON_SPAN;
        double minLat = MIN_LAT + random.nextDouble() * LAT_SPAN;
        double maxLon = minLon + (photos - 1) * (0.0002 + random.nextDouble() * 0.0004);
        double maxLat = minLat + (photos - 1) * (0.0001 + random.nextDouble() * 0.0002);
        List<GeoPoint> points = new ArrayList<>(photos);
        for (int p = 0; p < photos; p++) {
            points.add(GeoPoint.of(coordinate(minLon, maxLon, photos, p), coordinate(minLat, maxLat, photos, p)));
        }
        long metres = Distance.ofKm(Haversine.trackKm(points)).metres();
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            String tag = WORDS.get(random.nextInt(WORDS.size())).replace(' ', '-');
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String name = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size())) + " " + i;
        return new Planned(
                new UUID(random.nextLong(), random.nextLong()),
                owner,
                type,
                make,
                model,
                capturedAt,
                photos,
                minLon,
                minLat,
                maxLon,
                maxLat,
                metres,
                random.nextInt(10) == 0,
                name,
                tags);
    }

    /** The photos {@link #insertPhotos} writes for {@code s}, as the domain sees them. */
    private static List<Photo> photosOf(Planned s) {
        List<Photo> photos = new ArrayList<>(s.photos());
        for (int p = 0; p < s.photos(); p++) {
            photos.add(new Photo(
                    ImageKey.of("img" + p),
                    GeoPoint.of(
                            coordinate(s.minLon(), s.maxLon(), s.photos(), p),
                            coordinate(s.minLat(), s.maxLat(), s.photos(), p)),
                    CompassAngle.of((p * 37) % 360),
                    s.capturedAt().plusSeconds(p)));
        }
        return photos;
    }

    /** The coordinate of photo {@code p} of {@code n}: the same double arithmetic as the SQL that writes photos. */
    static double coordinate(double min, double max, int n, int p) {
        return min + p * ((max - min) / (n - 1));
    }

    /**
     * Distinct (sequence, photo position, user) triples for viewpoints, or (sequence, user) pairs for likes, never by
     * the sequence's owner; counts the pairs per sequence.
     */
    private List<long[]> pairs(int count, List<Planned> sequences, boolean withPhoto, long[] perSequence) {
        Set<Long> seen = new HashSet<>();
        List<long[]> pairs = new ArrayList<>(count);
        while (pairs.size() < count) {
            int s = random.nextInt(sequences.size());
            int photo = withPhoto ? random.nextInt(sequences.get(s).photos()) : 0;
            int user = random.nextInt(size.users);
            if (user == sequences.get(s).owner()
                    || !seen.add(((long) s * (MAX_PHOTOS + 1) + photo) * size.users + user)) {
                continue;
            }
            pairs.add(new long[] {s, photo, user});
            perSequence[s]++;
        }
        return pairs;
    }

    private void insertUsers(Connection c, List<UUID> users) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO users (id, username, username_key, email,"
                + " email_key, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < users.size(); i++) {
                String name = (i % 7 == 0 ? "Rider" : "rider") + i;
                insert.setObject(1, users.get(i));
                insert.setString(2, name);
                insert.setString(3, name.toLowerCase(Locale.ROOT));
                insert.setString(4, name + "@example.org");
                insert.setString(5, name.toLowerCase(Locale.ROOT) + "@example.org");
                insert.setString(6, "$benchmark$not-a-hash");
                insert.setObject(7, time(FIRST_CAPTURE));
                add(c, insert, i);
            }
            finish(c, insert);
        }
    }

    private void insertSequences(
            Connection c, List<UUID> users, List<Planned> sequences, long[] likes, long[] viewpoints)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO sequences (id, owner_id, status, name,"
                + " transport_type, transport_parent, camera_make, camera_make_key, camera_model, camera_model_key, pano,"
                + " captured_at, imported_at, drafted_at, mapillary_sequence_key, mapillary_user_id, mapillary_username,"
                + " photo_count, distance_m, min_lon, min_lat, max_lon, max_lat, photos_from, photos_to, like_count,"
                + " viewpoint_count, track, version) VALUES (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < sequences.size(); i++) {
                Planned s = sequences.get(i);
                String make = s.make() < 0 ? null : MAKES.get(s.make());
                String model = make == null ? null : make + " M" + (s.model() + 1);
                int p = 1;
                insert.setObject(p++, s.id());
                insert.setObject(p++, users.get(s.owner()));
                insert.setString(p++, s.name());
                insert.setString(p++, s.type().name());
                insert.setString(p++, s.type().family().name());
                insert.setString(p++, make);
                insert.setString(p++, make == null ? null : make.toLowerCase(Locale.ROOT));
                insert.setString(p++, model);
                insert.setString(p++, model == null ? null : model.toLowerCase(Locale.ROOT));
                insert.setBoolean(p++, s.pano());
                insert.setObject(p++, time(s.capturedAt()));
                insert.setObject(p++, time(s.capturedAt().plusSeconds(86_400)));
                insert.setObject(p++, time(s.capturedAt().plusSeconds(86_400)));
                insert.setString(p++, "mly-" + i);
                insert.setString(p++, "mu" + s.owner());
                insert.setString(p++, "rider" + s.owner());
                insert.setInt(p++, s.photos());
                insert.setLong(p++, s.metres());
                insert.setDouble(p++, s.minLon());
                insert.setDouble(p++, s.minLat());
                insert.setDouble(p++, s.maxLon());
                insert.setDouble(p++, s.maxLat());
                insert.setObject(p++, time(s.capturedAt()));
                insert.setObject(p++, time(s.capturedAt().plusSeconds(s.photos() - 1)));
                insert.setLong(p++, likes[i]);
                insert.setLong(p++, viewpoints[i]);
                insert.setBytes(p, PhotoTrack.encode(photosOf(s)));
                add(c, insert, i);
            }
            finish(c, insert);
        }
        try (PreparedStatement tag =
                c.prepareStatement("INSERT INTO sequence_tags (sequence_id, position, tag) VALUES (?, ?, ?)")) {
            int index = 0;
            for (Planned s : sequences) {
                for (int t = 0; t < s.tags().size(); t++) {
                    tag.setObject(1, s.id());
                    tag.setInt(2, t);
                    tag.setString(3, s.tags().get(t));
                    add(c, tag, index++);
                }
            }
            finish(c, tag);
        }
    }

    private void insertDrafts(Connection c, List<UUID> users) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO sequences (id, owner_id, status, name,"
                + " transport_type, transport_parent, pano, drafted_at, photo_count, distance_m, like_count, viewpoint_count,"
                + " version) VALUES (?, ?, 'DRAFT', ?, 'WALK', 'EARTH', FALSE, ?, 0, 0, 0, 0, 0)")) {
            for (int i = 0; i < size.drafts(); i++) {
                insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                insert.setObject(2, users.get(random.nextInt(users.size())));
                insert.setString(3, "Draft " + i);
                insert.setObject(4, time(FIRST_CAPTURE.plusSeconds(random.nextInt(CAPTURE_DAYS * 86_400))));
                add(c, insert, i);
            }
            finish(c, insert);
        }
    }

    /** Photos from the sequences, inside the database, a band of longitudes per transaction. */
    private void insertPhotos(Connection c) throws SQLException {
        String series = database == Database.POSTGRESQL
                ? "generate_series(0, " + (MAX_PHOTOS - 1) + ") AS g(x)"
                : "SYSTEM_RANGE(0, " + (MAX_PHOTOS - 1) + ") g";
        String sql = "INSERT INTO photos (sequence_id, position, image_key, lon, lat, compass_angle, captured_at,"
                + " viewpoint_count) SELECT s.id, g.x, CONCAT('img', CAST(g.x AS VARCHAR(10))),"
                + " s.min_lon + g.x * ((s.max_lon - s.min_lon) / (s.photo_count - 1)),"
                + " s.min_lat + g.x * ((s.max_lat - s.min_lat) / (s.photo_count - 1)),"
                + " CAST(MOD(g.x * 37, 360) AS DOUBLE PRECISION), s.captured_at + g.x * INTERVAL '1' SECOND, 0"
                + " FROM sequences s JOIN " + series + " ON g.x < s.photo_count"
                + " WHERE s.status = 'PUBLISHED' AND s.min_lon >= ? AND s.min_lon < ?";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int chunk = 0; chunk < PHOTO_CHUNKS; chunk++) {
                insert.setDouble(1, chunk == 0 ? -181 : MIN_LON + chunk * LON_SPAN / PHOTO_CHUNKS);
                insert.setDouble(2, chunk == PHOTO_CHUNKS - 1 ? 181 : MIN_LON + (chunk + 1) * LON_SPAN / PHOTO_CHUNKS);
                insert.executeUpdate();
                c.commit();
            }
        }
    }

    private void insertViewpoints(Connection c, List<UUID> users, List<Planned> sequences, List<long[]> viewpoints)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO viewpoints (user_id, sequence_id, image_key,"
                + " photo_owner_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < viewpoints.size(); i++) {
                long[] v = viewpoints.get(i);
                Planned s = sequences.get((int) v[0]);
                insert.setObject(1, users.get((int) v[2]));
                insert.setObject(2, s.id());
                insert.setString(3, "img" + v[1]);
                insert.setObject(4, users.get(s.owner()));
                insert.setObject(5, time(s.capturedAt().plusSeconds(7 * 86_400)));
                add(c, insert, i);
            }
            finish(c, insert);
        }
    }

    private void insertLikes(Connection c, List<UUID> users, List<Planned> sequences, List<long[]> likes)
            throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO sequence_likes (user_id, sequence_id, created_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < likes.size(); i++) {
                long[] like = likes.get(i);
                Planned s = sequences.get((int) like[0]);
                insert.setObject(1, users.get((int) like[2]));
                insert.setObject(2, s.id());
                insert.setObject(3, time(s.capturedAt().plusSeconds(3 * 86_400)));
                add(c, insert, i);
            }
            finish(c, insert);
        }
    }

    private void countViewpointsPerPhoto(Connection c) throws SQLException {
        String counts =
                "(SELECT sequence_id, image_key, COUNT(*) AS n FROM viewpoints GROUP BY sequence_id, image_key)";
        String sql = database == Database.POSTGRESQL
                ? "UPDATE photos p SET viewpoint_count = v.n FROM " + counts + " v"
                        + " WHERE p.sequence_id = v.sequence_id AND p.image_key = v.image_key"
                : "MERGE INTO photos p USING " + counts
                        + " v ON p.sequence_id = v.sequence_id AND p.image_key = v.image_key"
                        + " WHEN MATCHED THEN UPDATE SET viewpoint_count = v.n";
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
        c.commit();
    }

    private void fillTotals(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate("INSERT INTO user_totals (" + TotalsRecount.USER_TOTALS_COLUMNS + ") "
                    + TotalsRecount.userTotals());
            statement.executeUpdate("INSERT INTO leaderboard_parent_years (" + TotalsRecount.PARENT_YEARS_COLUMNS + ") "
                    + TotalsRecount.parentYears());
            statement.executeUpdate(
                    "INSERT INTO leaderboard_cells (" + TotalsRecount.CELLS_COLUMNS + ") " + TotalsRecount.cells());
        }
        c.commit();
    }

    /** Places every published sequence on the sequence map, with the statements of migration V15 that did so once. */
    private static void fillMap(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String sql : migration().split(";")) {
                if (sql.contains("INSERT INTO map_points") || sql.contains("INSERT INTO map_cells (")) {
                    statement.executeUpdate(sql);
                }
            }
        }
        c.commit();
    }

    private static String migration() {
        try (InputStream in = DatasetGenerator.class.getResourceAsStream(V15)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row counts of the generated tables, for the report. */
    static String describe(Connection c) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String table : List.of(
                "users",
                "sequences",
                "photos",
                "viewpoints",
                "sequence_likes",
                "user_totals",
                "leaderboard_parent_years",
                "leaderboard_cells",
                "map_cells",
                "tours",
                "tour_sequences",
                "challenges")) {
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                text.append(text.length() == 0 ? "" : ", ")
                        .append(table)
                        .append(' ')
                        .append(rows.getLong(1));
            }
        }
        c.rollback();
        return text.toString();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void add(Connection c, PreparedStatement insert, int index) throws SQLException {
        insert.addBatch();
        if ((index + 1) % BATCH == 0) {
            insert.executeBatch();
            if ((index + 1) % (BATCH * 20) == 0) {
                c.commit();
            }
        }
    }

    private static void finish(Connection c, PreparedStatement insert) throws SQLException {
        insert.executeBatch();
        c.commit();
    }

    private static void log(String step, long started) {
        System.out.printf("  generated %s (%.0f s)%n", step, (System.nanoTime() - started) / 1e9);
    }
}
