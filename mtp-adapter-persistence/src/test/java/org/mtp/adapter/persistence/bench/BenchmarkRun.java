package org.mtp.adapter.persistence.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.KeysetCursor;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.port.out.sequence.SequenceQuery;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeContribution;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboard;
import org.mtp.domain.challenge.ChallengeLeaderboardEntry;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeSettings;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Benchmark support: one measured run. Each iteration first writes through the stores (an import, a viewpoint, a like,
 * an edit of the transport type, now and then a deletion), so that no cache and no stale total can pass, then times
 * every read once: each board through the store and its baseline (the straightforward SQL over the base tables, on the
 * same database), the challenge boards, and search pages. Saving a 5,000-photo sequence is timed on its own at the end,
 * and the boards are checked against their baselines once more.
 */
final class BenchmarkRun {

    private static final Instant YEAR_2024 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant YEAR_2025 = Instant.parse("2025-01-01T00:00:00Z");
    private static final LeaderboardFilter EARTH_2024 =
            new LeaderboardFilter(TransportType.EARTH, null, null, CapturePeriod.year(2024));
    /**
     * Boards read from the cells (a child type, a camera make), two values of each asked one after the other, so that
     * an answer re-used from the previous value (the H2 defect of docs/persistence.md) fails the baseline check.
     */
    private static final Map<String, LeaderboardFilter> CELL_BOARDS = cellBoards();

    private static final int BOARD_ROWS = 100;
    private static final int SAMPLE = 2_000;

    private final PersistenceContext context;
    private final BenchmarkDatabase db;
    private final BenchmarkSize size;
    private final int warmup;
    private final int iterations;
    private final int saves;
    private final SequenceStores stores;
    private final Jdbc jdbc;
    private final Timings timings = new Timings();
    private final Random random = new Random(DatasetGenerator.SEED + 1);
    private final List<Target> sample = new ArrayList<>();
    private final List<UserId> users = new ArrayList<>();
    private final List<SequenceId> imported = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** A sampled published sequence the writes act on. */
    private record Target(SequenceId id, UserId owner, int photos) {}

    BenchmarkRun(
            PersistenceContext context,
            BenchmarkDatabase db,
            BenchmarkSize size,
            int warmup,
            int iterations,
            int saves) {
        this.context = context;
        this.db = db;
        this.size = size;
        this.warmup = warmup;
        this.iterations = iterations;
        this.saves = saves;
        this.stores = SequenceStores.create(context);
        this.jdbc = new Jdbc(context.entityManagers(), context.database());
    }

    String run(String dataset) throws Exception {
        String loadBefore = loadAverage();
        sampleTargets();
        for (int i = 0; i < warmup + iterations; i++) {
            timings.record(i >= warmup);
            writeMix(i);
            readAll();
        }
        timings.record(true);
        String freshness = checkBoardsAgainstBaselines();
        for (int i = 0; i < saves + 2; i++) {
            timings.record(i >= 2);
            saveBigSequence();
        }
        return report(dataset, loadBefore, freshness);
    }

    private void sampleTargets() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            keys.add("mly-" + random.nextInt(size.sequences));
        }
        try (Connection c = context.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id, owner_id, photo_count FROM sequences"
                        + " WHERE mapillary_sequence_key IN (" + Conditions.placeholders(keys.size()) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                select.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sample.add(new Target(
                            SequenceId.of(rs.getObject(1, UUID.class)),
                            UserId.of(rs.getObject(2, UUID.class)),
                            rs.getInt(3)));
                    users.add(UserId.of(rs.getObject(2, UUID.class)));
                }
            }
            c.rollback();
        }
    }

    // ---------------------------------------------------------------------------------------------- writes

    private void writeMix(int iteration) throws Exception {
        UserId owner = users.get(random.nextInt(users.size()));
        Sequence fresh = TestSequences.aSequence()
                .owner(owner)
                .transport(TransportType.BICYCLE)
                .capturedAt(YEAR_2024.plusSeconds(random.nextInt(360 * 86_400)))
                .points(track(20, 2.0, 48.0))
                .build();
        timings.time(
                "write: import a 20-photo sequence",
                () -> inTransaction(() -> {
                    save(fresh);
                    return null;
                }));
        imported.add(fresh.id());
        Target target = sample.get(random.nextInt(sample.size()));
        UserId marker = users.get(random.nextInt(users.size()));
        if (!marker.equals(target.owner())) {
            timings.time(
                    "write: mark a viewpoint",
                    () -> inTransaction(() -> {
                        Viewpoint viewpoint = new Viewpoint(
                                marker,
                                target.id(),
                                ImageKey.of("img" + random.nextInt(target.photos())),
                                target.owner(),
                                Instant.now());
                        boolean added = stores.viewpoints().add(viewpoint);
                        if (added) {
                            stores.derivedData().record(viewpoint.marked());
                        }
                        return added;
                    }));
            timings.time(
                    "write: like a sequence",
                    () -> inTransaction(() -> {
                        LikeTarget liked = LikeTarget.sequence(target.id());
                        boolean added = stores.likes().add(new Like(marker, liked, Instant.now()));
                        if (added) {
                            stores.derivedData().record(new DomainEvent.Liked(liked, marker));
                        }
                        return added;
                    }));
        }
        if (imported.size() > 1) {
            SequenceId edited = imported.get(imported.size() - 2);
            TransportType type = TransportType.values()[random.nextInt(TransportType.values().length)];
            timings.time(
                    "write: edit the transport type",
                    () -> inTransaction(() -> {
                        Sequence s = stores.sequences().findById(edited).orElseThrow();
                        s.edit(s.owner(), SequenceDetails.of(s.details().name(), null, type, Tags.NONE));
                        save(s);
                        return null;
                    }));
        }
        if (iteration % 4 == 3) {
            SequenceId doomed = imported.remove(0);
            timings.time(
                    "write: delete a sequence",
                    () -> inTransaction(() -> {
                        delete(doomed);
                        return null;
                    }));
        }
    }

    /** Stores {@code s} and hands over what it recorded, as the use cases do. */
    private void save(Sequence s) {
        stores.sequences().save(s);
        stores.derivedData().record(s.takeEvents());
    }

    /** Deletes sequence {@code id} as its owner does, with its share of the totals. */
    private void delete(SequenceId id) {
        Sequence s = stores.sequences().findById(id).orElseThrow();
        s.delete(s.owner());
        stores.derivedData().record(s.takeEvents());
        stores.sequences().delete(id);
    }

    private static GeoPoint[] track(int photos, double lon, double lat) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(lon + i * 0.0003, lat + i * 0.0002);
        }
        return points;
    }

    private void saveBigSequence() throws Exception {
        UserId owner = users.get(random.nextInt(users.size()));
        List<Photo> photos = new ArrayList<>(5_000);
        for (int i = 0; i < 5_000; i++) {
            photos.add(new Photo(
                    ImageKey.of("big-" + i), GeoPoint.of(5 + i * 1e-4, 45 + i * 5e-5), null, YEAR_2024.plusSeconds(i)));
        }
        Sequence big = TestSequences.aSequence().owner(owner).photos(photos).build();
        timings.time(
                "save a 5,000-photo sequence",
                () -> inTransaction(() -> {
                    save(big);
                    return null;
                }));
        inTransaction(() -> {
            delete(big.id());
            return null;
        });
    }

    // ----------------------------------------------------------------------------------------------- reads

    private static Map<String, LeaderboardFilter> cellBoards() {
        Map<String, LeaderboardFilter> boards = new LinkedHashMap<>();
        for (TransportType type : List.of(TransportType.KAYAK, TransportType.WALK)) {
            boards.put(type.displayName(), new LeaderboardFilter(type, null, null, CapturePeriod.allTime()));
        }
        for (String make : DatasetGenerator.MAKES.subList(0, 2)) {
            boards.put(
                    "camera " + make, new LeaderboardFilter(null, CameraMake.of(make), null, CapturePeriod.allTime()));
        }
        return boards;
    }

    /** Every board this run times, by label. */
    private static Map<String, LeaderboardFilter> boards() {
        Map<String, LeaderboardFilter> boards = new LinkedHashMap<>();
        boards.put("all", LeaderboardFilter.ALL);
        boards.put("Earth 2024", EARTH_2024);
        boards.putAll(CELL_BOARDS);
        return boards;
    }

    private void readAll() throws Exception {
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            for (Map.Entry<String, LeaderboardFilter> board : boards().entrySet()) {
                board(metric, board.getValue(), board.getKey());
            }
        }
        challenge("challenge board, area of 1/10, window 2024", TimeRange.of(YEAR_2024, YEAR_2025));
        challenge(
                "challenge board, area of 1/10, window 2022-2024",
                TimeRange.of(DatasetGenerator.FIRST_CAPTURE, YEAR_2025));
        searches();
    }

    private void board(LeaderboardMetric metric, LeaderboardFilter filter, String label) throws Exception {
        String name = "board " + metric.name().toLowerCase(Locale.ROOT) + ", " + label;
        timings.time(
                name,
                () -> inTransaction(() -> stores.leaderboards().read(filter, metric, PageRequest.first(BOARD_ROWS))));
        timings.time("baseline: " + name, () -> baseline(metric, filter));
    }

    /** The straightforward SQL over the base tables: the top 100 values. */
    private List<Long> baseline(LeaderboardMetric metric, LeaderboardFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = "";
        if (filter.equals(EARTH_2024)) {
            where = " AND s.transport_parent = 'EARTH' AND s.captured_at >= ? AND s.captured_at < ?";
            parameters.add(OffsetDateTime.ofInstant(YEAR_2024, ZoneOffset.UTC));
            parameters.add(OffsetDateTime.ofInstant(YEAR_2025, ZoneOffset.UTC));
        } else if (filter.cameraMake() != null) {
            where = " AND s.camera_make_key = ?";
            parameters.add(filter.cameraMake().normalized());
        } else if (filter.transportType() != null) {
            where = " AND s.transport_type = ?";
            parameters.add(filter.transportType().name());
        }
        String sql = switch (metric) {
            case PHOTOS ->
                "SELECT s.owner_id, SUM(s.photo_count) AS v FROM sequences s WHERE s.status = 'PUBLISHED'" + where
                        + " GROUP BY s.owner_id ORDER BY v DESC LIMIT " + BOARD_ROWS;
            case DISTANCE ->
                "SELECT s.owner_id, SUM(s.distance_m) AS v FROM sequences s WHERE s.status = 'PUBLISHED'" + where
                        + " GROUP BY s.owner_id ORDER BY v DESC LIMIT " + BOARD_ROWS;
            case VIEWPOINTS ->
                "SELECT s.owner_id, COUNT(*) AS v FROM viewpoints vp JOIN photos p"
                        + " ON p.sequence_id = vp.sequence_id AND p.image_key = vp.image_key JOIN sequences s"
                        + " ON s.id = p.sequence_id WHERE s.status = 'PUBLISHED'" + where
                        + " GROUP BY s.owner_id ORDER BY v DESC LIMIT " + BOARD_ROWS;
        };
        try (Connection c = context.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(2));
                }
            }
            c.rollback();
            return values;
        }
    }

    /** A challenge over a tenth of the area (lon 0..4 of -10..30), with a hole, ranked by photos; first page. */
    private void challenge(String name, TimeRange window) throws Exception {
        Polygon area =
                Polygon.of(TestAreas.rectangleRing(0, 35, 4, 60), List.of(TestAreas.rectangleRing(1, 40, 2, 45)));
        Challenge challenge = Challenge.create(
                ChallengeId.of(UUID.randomUUID()),
                users.get(0),
                new ChallengeSettings("Benchmark", null, area, window, ChallengeFilters.NONE, ChallengeMetric.PHOTOS),
                YEAR_2024);
        timings.time(
                name,
                () -> inTransaction(() -> {
                    Map<UserId, ChallengeContribution> byUser = new HashMap<>();
                    stores.challengeCandidates().forEachCandidate(challenge, candidate -> {
                        ChallengeContribution score = challenge.score(candidate);
                        if (!score.equals(ChallengeContribution.NONE)) {
                            byUser.merge(candidate.owner(), score, ChallengeContribution::plus);
                        }
                    });
                    Map<UUID, Username> names = usernames(
                            byUser.keySet().stream().map(UserId::value).toList());
                    List<ChallengeLeaderboardEntry> entries = byUser.entrySet().stream()
                            .map(e -> new ChallengeLeaderboardEntry(
                                    e.getKey(), names.get(e.getKey().value()), e.getValue()))
                            .toList();
                    return OffsetCursor.page(
                            ChallengeLeaderboard.rank(challenge.metric(), entries)
                                    .rows(),
                            PageRequest.first(20));
                }));
    }

    /** Usernames of many users in a few statements, as a directory serving a board would fetch them. */
    private Map<UUID, Username> usernames(List<UUID> ids) {
        Map<UUID, Username> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            jdbc.list(
                            "SELECT id, username FROM users WHERE id IN (" + Conditions.placeholders(chunk.size())
                                    + ")",
                            row -> Map.entry(row.uuid("id"), Username.of(row.string("username"))),
                            chunk.toArray())
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    private void searches() throws Exception {
        SequenceQuery earth2024 = new SequenceQuery(
                null,
                null,
                null,
                TransportType.EARTH,
                null,
                null,
                null,
                TimeRange.of(YEAR_2024, YEAR_2025),
                null,
                null,
                null,
                SequenceSort.LATEST);
        timings.time(
                "search: Earth, 2024, latest, first page of 20",
                () -> inTransaction(() -> stores.sequenceReadModel().search(earth2024, PageRequest.first(20))));
        timings.time("baseline: search: Earth, 2024, latest, first page of 20", () -> offsetPage(0));
        String deep = cursorAtDepth(deepPage());
        timings.time(
                deepPageName(),
                () -> inTransaction(() -> stores.sequenceReadModel().search(earth2024, new PageRequest(20, deep))));
        timings.time("baseline: " + deepPageName(), () -> offsetPage(deepPage()));
        SequenceQuery nameAndBox = new SequenceQuery(
                "river",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new BoundingBox(0, 40, 10, 50),
                null,
                null,
                SequenceSort.LATEST);
        timings.time(
                "search: name contains 'river', bbox of 1/10, latest",
                () -> inTransaction(() -> stores.sequenceReadModel().search(nameAndBox, PageRequest.first(20))));
        SequenceQuery cameraAndTag = new SequenceQuery(
                null,
                null,
                Tags.parse("canal"),
                null,
                CameraMake.of("gopro"),
                null,
                null,
                null,
                null,
                null,
                null,
                SequenceSort.MOST_LIKES);
        timings.time(
                "search: camera GoPro, tag canal, most liked",
                () -> inTransaction(() -> stores.sequenceReadModel().search(cameraAndTag, PageRequest.first(20))));
    }

    /** How many rows the deep search page skips: one per hundred published sequences. */
    private int deepPage() {
        return size.sequences / 100;
    }

    private String deepPageName() {
        return String.format(Locale.ROOT, "search: Earth, 2024, latest, page after %,d rows (keyset)", deepPage());
    }

    /** The cursor of the row at {@code depth} of the Earth 2024 search, as the read model writes it. */
    private String cursorAtDepth(int depth) throws SQLException {
        try (Connection c = context.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT latest_at, id FROM sequences WHERE status = 'PUBLISHED' AND transport_parent = 'EARTH'"
                                + " AND captured_at >= ? AND captured_at < ? ORDER BY latest_at DESC, id DESC LIMIT 1 OFFSET "
                                + (depth - 1))) {
            select.setObject(1, OffsetDateTime.ofInstant(YEAR_2024, ZoneOffset.UTC));
            select.setObject(2, OffsetDateTime.ofInstant(YEAR_2025, ZoneOffset.UTC));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                String cursor = KeysetCursor.encode(
                        "search-latest",
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, UUID.class));
                c.rollback();
                return cursor;
            }
        }
    }

    /** The straightforward search page: the same filters, OFFSET paging. */
    private int offsetPage(int offset) throws SQLException {
        try (Connection c = context.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT s.*, u.username FROM sequences s JOIN users u ON u.id = s.owner_id WHERE s.status = 'PUBLISHED'"
                                + " AND s.transport_parent = 'EARTH' AND s.captured_at >= ? AND s.captured_at < ?"
                                + " ORDER BY s.captured_at DESC, s.id DESC LIMIT 20 OFFSET " + offset)) {
            select.setObject(1, OffsetDateTime.ofInstant(YEAR_2024, ZoneOffset.UTC));
            select.setObject(2, OffsetDateTime.ofInstant(YEAR_2025, ZoneOffset.UTC));
            int count = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    count++;
                }
            }
            c.rollback();
            return count;
        }
    }

    // ------------------------------------------------------------------------------------------- checking

    /** After all the writes: each board's top values equal its baseline's. */
    private String checkBoardsAgainstBaselines() throws Exception {
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            for (LeaderboardFilter filter : boards().values()) {
                List<Long> fast = inTransaction(
                                () -> stores.leaderboards().read(filter, metric, PageRequest.first(BOARD_ROWS)))
                        .items()
                        .stream()
                        .map(RankedRow::entry)
                        .map(metric::valueOf)
                        .toList();
                List<Long> slow = baseline(metric, filter);
                if (!fast.equals(slow)) {
                    throw new IllegalStateException(
                            "board " + metric + " " + filter + " differs from its baseline: " + fast + " vs " + slow);
                }
            }
        }
        return "after the run, each board's top " + BOARD_ROWS + " values equal its baseline's";
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return context.unitOfWork().inTransaction(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // --------------------------------------------------------------------------------------------- report

    private String report(String dataset, String loadBefore, String freshness) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("### ")
                .append(db.database() == Database.POSTGRESQL ? "PostgreSQL" : "H2")
                .append(", ")
                .append(size.name().toLowerCase(Locale.ROOT))
                .append(" data set\n\n");
        md.append("- machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(db.describe())
                .append(", load average ")
                .append(loadBefore)
                .append(" before and ")
                .append(loadAverage())
                .append(" after\n");
        md.append("- data: ").append(dataset).append('\n');
        md.append("- ")
                .append(iterations)
                .append(" measured iterations after ")
                .append(warmup)
                .append(" warm-up ones, writes interleaved; ")
                .append(freshness)
                .append('\n');
        md.append("- ").append(Instant.now().toString(), 0, 10).append("\n\n");
        md.append("| operation | p50 ms | p90 ms | max ms | baseline p50 ms | baseline / store |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (String name : operationNames()) {
            String baseline = "baseline: " + name;
            boolean hasBaseline = timings.has(baseline);
            md.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(ms(timings.percentile(name, 50)))
                    .append(" | ")
                    .append(ms(timings.percentile(name, 90)))
                    .append(" | ")
                    .append(ms(timings.percentile(name, 100)))
                    .append(" | ")
                    .append(hasBaseline ? ms(timings.percentile(baseline, 50)) : "")
                    .append(" | ")
                    .append(
                            hasBaseline
                                    ? String.format(
                                            Locale.ROOT,
                                            "%.0fx",
                                            timings.percentile(baseline, 50) / timings.percentile(name, 50))
                                    : "")
                    .append(" |\n");
        }
        return md.toString();
    }

    private List<String> operationNames() {
        List<String> names = new ArrayList<>();
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            for (String label : boards().keySet()) {
                names.add("board " + metric.name().toLowerCase(Locale.ROOT) + ", " + label);
            }
        }
        names.add("challenge board, area of 1/10, window 2024");
        names.add("challenge board, area of 1/10, window 2022-2024");
        names.add("search: Earth, 2024, latest, first page of 20");
        names.add(deepPageName());
        names.add("search: name contains 'river', bbox of 1/10, latest");
        names.add("search: camera GoPro, tag canal, most liked");
        names.add("save a 5,000-photo sequence");
        names.add("write: import a 20-photo sequence");
        names.add("write: mark a viewpoint");
        names.add("write: like a sequence");
        names.add("write: edit the transport type");
        names.add("write: delete a sequence");
        return names;
    }

    private static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.2f", millis) : String.format(Locale.ROOT, "%.0f", millis);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
