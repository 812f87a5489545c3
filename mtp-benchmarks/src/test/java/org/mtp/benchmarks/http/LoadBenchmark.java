package org.mtp.benchmarks.http;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceConfig;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.bench.BenchmarkData;
import org.mtp.adapter.persistence.bench.BenchmarkDatabase;
import org.mtp.adapter.persistence.bench.BenchmarkSize;
import org.mtp.bootstrap.config.LogSettings;
import org.mtp.bootstrap.logging.Logging;

/**
 * The HTTP load benchmark: the real service ({@code org.mtp.bootstrap.Main serve}) in a child JVM with {@code -Xmx256m}
 * on the persistence benchmark's kept data set, loaded over loopback by a closed-loop generator, with the hand-written
 * JDBC + Moshi read (the floor) and a constant Javalin endpoint (the ceiling) measured in the same run; then the
 * children's heap, resident set and full collections; then start-up times. See docs/performance.md. Beside the API the
 * web app's pages are loaded too (home, a sequence, a profile, the sign-in form, a signed-in account, and issue #18's
 * browse pages and map data), and every mtp row also gives the service's own p50/p99 from its request-duration
 * histogram over the measured window.
 *
 * <p>System properties: {@code bench.db} (postgresql|h2), {@code bench.size} (full|quick), {@code bench.dir} (where the
 * data sets are kept), {@code bench.connections}, {@code bench.warmup} and {@code bench.measure} (seconds per
 * scenario), {@code bench.load} (false skips the load, for start-ups alone), {@code bench.startups} (rounds; 0 skips),
 * {@code bench.jar} (the shaded jar the start-ups launch), {@code bench.scenarios} (all, or parts of scenario names
 * separated by semicolons), {@code bench.jfr} (true records the service with Flight Recorder; {@code bench.jfc} names
 * the settings, {@code profile} by default), {@code bench.sequenceCacheBytes} (the service's
 * {@code MTP_HTTP_SEQUENCE_CACHE_BYTES}; 0 measures the sequence read uncached), {@code bench.out}.
 */
public final class LoadBenchmark {

    /**
     * The service logs as in production (one line per request, to a file here) unless {@code bench.quietlog} asks for
     * warnings only (its {@code MTP_LOG_LEVEL}; the start-up line stays), which shows what the request log costs.
     */
    private static final String QUIET_SERVICE_LOG_LEVELS = "warn,org.mtp.bootstrap.MtpService=info";
    /** Fixed, so no run writes a key file; the value protects nothing (benchmark data only). */
    private static final String SECRET_KEY = "bG9hZC1iZW5jaG1hcmsta2V5LW5vdC1hLXNlY3JldCE=";
    /** Sign-in happens once per benchmark user before timing; the production cost would only slow the set-up. */
    private static final String HASH_ITERATIONS = "1000";

    private static final int SAMPLE_IDS = 2_000;
    /** The home map's data request (the web adapter's {@code Paths.MAP_DATA}). */
    private static final String MAP_DATA = "/map/sequences";
    /** Tours and challenges sampled for their pages. */
    private static final int SAMPLE_ENTITIES = 200;
    /**
     * The home map's three views: a city (Paris, about 0.1 degrees), a country (about 8 degrees, France) and the whole
     * world; the data set's sequences lie in lon -10..30, lat 35..60, so all three hold some.
     */
    private static final Map<String, String> MAP_VIEWS = mapViews();

    private final Report report = new Report();
    private final Path out;
    private final int connections;
    private final LoadGenerator generator;
    private final Set<String> wanted;
    private final LoadGenerator warmer;
    private boolean recording;
    /** A connection of the benchmark's own, in auto-commit, reading PostgreSQL's statistics; null on H2. */
    private Connection statistics;

    private LoadBenchmark(Path out, int connections, double warmup, double measure, Set<String> wanted) {
        this.out = out;
        this.connections = connections;
        this.generator = new LoadGenerator(connections, warmup, measure);
        this.wanted = wanted;
        this.warmer = new LoadGenerator(connections, 0, warmup);
    }

    public static void main(String[] args) throws Exception {
        // the harness's own log (the data set, the floor's pool): warnings only; the service logs as configured above
        Logging.apply(LogSettings.defaults(), LogSettings.LogLevel.WARN);
        Database database = Database.valueOf(property("bench.db", "postgresql").toUpperCase(Locale.ROOT));
        BenchmarkSize size = BenchmarkSize.of(property("bench.size", "full"));
        Path dir =
                Path.of(property("bench.dir", "target/bench")).toAbsolutePath().normalize();
        Path out =
                Path.of(property("bench.out", "target/load")).toAbsolutePath().normalize();
        int connections = Integer.parseInt(property("bench.connections", "32"));
        double warmup = Double.parseDouble(property("bench.warmup", "5"));
        double measure = Double.parseDouble(property("bench.measure", "15"));
        String scenarios = property("bench.scenarios", "all");
        Set<String> wanted =
                scenarios.equals("all") ? Set.of() : new LinkedHashSet<>(Arrays.asList(scenarios.split(";")));
        LoadBenchmark benchmark = new LoadBenchmark(out, connections, warmup, measure, wanted);
        benchmark.header(database, size, dir, warmup, measure);
        if (Boolean.parseBoolean(property("bench.load", "true"))) {
            benchmark.loadRun(database, size, dir, Boolean.parseBoolean(property("bench.jfr", "false")));
        }
        int startups = Integer.parseInt(property("bench.startups", "3"));
        if (startups > 0) {
            new StartupBenchmark(
                            out,
                            dir.resolve("h2-" + property("bench.startup.h2", "full")),
                            Path.of(property("bench.jar", "../mtp-bootstrap/target/mtp.jar"))
                                    .toAbsolutePath()
                                    .normalize(),
                            benchmark.report)
                    .run(startups);
        }
        benchmark.report.writeTo(out.resolve("results-" + database.name().toLowerCase(Locale.ROOT) + "-"
                + size.name().toLowerCase(Locale.ROOT) + ".md"));
        System.exit(0);
    }

    private void header(Database database, BenchmarkSize size, Path dir, double warmup, double measure) {
        report.line("### HTTP load: %s, %s data set", database, size.name().toLowerCase(Locale.ROOT));
        report.line("");
        report.line(
                "- %s; %d cores, Java %s; load average before: %s",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                LoadGenerator.loadAverage());
        report.line(
                "- data set kept under %s; %d connections; a %.0f s unrecorded pass over every scenario, then per "
                        + "scenario %.0f s warm-up and %.0f s measured",
                dir, connections, warmup, warmup, measure);
        report.line(
                "- every server in a child JVM with %s; the load generator in this JVM, on the same cores",
                ChildJvm.HEAP);
        report.line("");
    }

    private void loadRun(Database database, BenchmarkSize size, Path dir, boolean jfr) throws Exception {
        try (BenchmarkDatabase db = BenchmarkDatabase.open(database, size, dir)) {
            PersistenceConfig config = db.config();
            try (PersistenceContext context = PersistenceContext.start(config)) {
                report.line("- data set: %s", BenchmarkData.ensure(db, size, context));
            }
            Path postgresData = dir.resolve(
                    database.name().toLowerCase(Locale.ROOT) + "-" + size.name().toLowerCase(Locale.ROOT));
            int servicePort = ChildJvm.freePort();
            List<String> serviceJvm = new ArrayList<>();
            if (jfr) {
                serviceJvm.add("-XX:StartFlightRecording=filename=" + out.resolve("mtp.jfr") + ",settings="
                        + property("bench.jfc", "profile"));
            }
            Map<String, String> serviceEnvironment = serviceEnvironment(
                    servicePort, out.resolve("service-data"), config.jdbcUrl(), config.user(), config.password());
            if (Boolean.getBoolean("bench.quietlog")) {
                serviceEnvironment.put("MTP_LOG_LEVEL", QUIET_SERVICE_LOG_LEVELS);
            }
            try (ChildJvm mtp = ChildJvm.start(
                    "mtp", out, servicePort, serviceJvm, "org.mtp.bootstrap.Main", List.of(), serviceEnvironment)) {
                double started = mtp.awaitListening(600);
                report.line("- mtp listening %.0f ms after its JVM was launched, on the loaded %s", started, database);
                List<String> ids;
                List<String> owners;
                List<String> tours;
                List<String> challenges;
                try (Connection connection = db.connect()) {
                    ids = sampleIds(connection);
                    owners = ownersOf(connection, ids);
                    tours = firstIds(connection, "tours");
                    challenges = firstIds(connection, "challenges");
                    registerClient(connection, serviceEnvironment);
                }
                BenchAccounts accounts = new BenchAccounts(servicePort);
                String stamp = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000_000L, 36);
                List<String> tokens = accounts.tokens(connections, stamp);
                WebSessions web = new WebSessions(servicePort);
                List<String> sessions = new ArrayList<>();
                for (String username : accounts.usernames(connections, stamp)) {
                    sessions.add(web.signIn(username, BenchAccounts.PASSWORD));
                }
                OwnedThings owned = OwnedThings.make(servicePort, tokens);
                List<String> imports;
                try (Connection connection = db.connect()) {
                    imports = ImportsInFlight.insert(connection, accounts.usernames(connections, stamp));
                }
                int floorPort = ChildJvm.freePort();
                Map<String, String> floorEnvironment = Map.of(
                        "FLOOR_JDBC_URL",
                        config.jdbcUrl(),
                        "FLOOR_JDBC_USER",
                        config.user(),
                        "FLOOR_JDBC_PASSWORD",
                        config.password());
                try (ChildJvm floor = ChildJvm.start(
                        "floor",
                        out,
                        floorPort,
                        List.of(),
                        FloorServer.class.getName(),
                        List.of("floor", Integer.toString(floorPort)),
                        floorEnvironment)) {
                    floor.awaitListening(120);
                    report.line(
                            "- %d published sequences sampled for the reads and likes; %d people signed up and in",
                            ids.size(), tokens.size());
                    report.line("");
                    Path pg = database == Database.POSTGRESQL ? postgresData : null;
                    statistics = pg == null ? null : db.connect();
                    if (statistics != null) {
                        statistics.setAutoCommit(true);
                    }
                    // one unrecorded pass first: the JIT compiles every path before any of them is timed
                    recording = false;
                    scenarios(mtp, floor, pg, ids, tokens);
                    pages(mtp, pg, ids, owners, sessions);
                    browse(mtp, pg, tours, challenges);
                    owners(mtp, pg, sessions, owned, imports);
                    recording = true;
                    report.tableHeader();
                    scenarios(mtp, floor, pg, ids, tokens);
                    pages(mtp, pg, ids, owners, sessions);
                    browse(mtp, pg, tours, challenges);
                    owners(mtp, pg, sessions, owned, imports);
                    report.line("");
                    mapAnswers(mtp, tours, challenges);
                    report.line("");
                    report.line("Memory after the load (read from outside the child JVMs):");
                    report.line("");
                    report.line("- mtp: %s", mtp.memory().describe());
                    report.line("- floor and ceiling: %s", floor.memory().describe());
                    if (statistics != null) {
                        statistics.close();
                    }
                }
            }
        }
    }

    private void scenarios(ChildJvm mtp, ChildJvm floor, Path pg, List<String> ids, List<String> tokens)
            throws InterruptedException {
        String client = "client_id=" + BenchAccounts.CLIENT_ID;
        measure("ceiling: constant JSON", floor, pg, Requests.fixed("GET", "/ceiling"), "Javalin");
        measure(
                "floor: GET sequence (JDBC + Moshi)",
                floor,
                pg,
                Requests.randomId("GET", "/floor/sequences/{id}", ids, null),
                "hand-written");
        measure(
                "GET /sequences/{id}",
                mtp,
                pg,
                Requests.randomId("GET", "/api/v1/sequences/{id}?" + client, ids, null),
                "mtp",
                "GET /api/v1/sequences/{id}");
        measure(
                "GET /sequences/{id} If-None-Match current",
                mtp,
                pg,
                () -> Requests.ifNoneMatch(
                        "/api/v1/sequences/{id}?" + client, ids, new CurrentTags(mtp.port()).of(ids)),
                "mtp",
                "GET /api/v1/sequences/{id}");
        measure(
                "GET /sequences Earth 2024",
                mtp,
                pg,
                Requests.fixed(
                        "GET", "/api/v1/sequences?" + client + "&transport_type=Earth&from=2024-01-01&to=2024-12-31"),
                "mtp",
                "GET /api/v1/sequences");
        for (String board : List.of("photos", "distance", "viewpoints")) {
            measure(
                    "board " + board + ", all",
                    mtp,
                    pg,
                    Requests.fixed("GET", "/api/v1/leaderboards/" + board + "?" + client),
                    "mtp",
                    "GET /api/v1/leaderboards/{metric}");
            measure(
                    "board " + board + ", Earth 2024",
                    mtp,
                    pg,
                    Requests.fixed(
                            "GET",
                            "/api/v1/leaderboards/" + board + "?" + client + "&transport_type=Earth&period=2024"),
                    "mtp",
                    "GET /api/v1/leaderboards/{metric}");
        }
        measure(
                "PUT /sequences/{id}/like",
                mtp,
                pg,
                Requests.randomId("PUT", "/api/v1/sequences/{id}/like", ids, tokens::get),
                "mtp",
                "PUT /api/v1/sequences/{id}/like");
    }

    /**
     * The web app's pages, as a browser asks for them: the home page, a sequence's page, a person's profile (the owners
     * of the sampled sequences: their ranks on the three boards), the sign-in form and a signed-in account.
     */
    private void pages(ChildJvm mtp, Path pg, List<String> ids, List<String> owners, List<String> sessions)
            throws InterruptedException {
        measure("page /", mtp, pg, Requests.page("/", null, null), "mtp", "GET /");
        measure(
                "page /sequences/{id}",
                mtp,
                pg,
                Requests.page("/sequences/{id}", ids, null),
                "mtp",
                "GET /sequences/{id}");
        measure(
                "page /users/{username}",
                mtp,
                pg,
                Requests.page("/users/{id}", owners, null),
                "mtp",
                "GET /users/{username}");
        measure("page /sign-in", mtp, pg, Requests.page("/sign-in", null, null), "mtp", "GET /sign-in");
        measure(
                "page /account, signed in",
                mtp,
                pg,
                Requests.page("/account", null, sessions::get),
                "mtp",
                "GET /account");
    }

    /**
     * The pages of issues #19 and #20 that only a signed-in person or an owner sees, each connection as its own person
     * with what it owns ({@link OwnedThings}): the drafts list, a draft's edit and delete forms, the new-tour and
     * new-challenge forms, one's own tour with its controls (the order, the chooser of one's sequences) and its edit
     * form, one's own challenge's edit form, and one's own running import's progress page ({@link ImportsInFlight}):
     * the import page, its picker and its metadata form need a Mapillary app and connection, which the harness has not.
     */
    private void owners(ChildJvm mtp, Path pg, List<String> sessions, OwnedThings owned, List<String> imports)
            throws InterruptedException {
        measure(
                "page /sequences/drafts, signed in",
                mtp,
                pg,
                Requests.page("/sequences/drafts", null, sessions::get),
                "mtp",
                "GET /sequences/drafts");
        for (String form : List.of("edit", "delete")) {
            measure(
                    "page /sequences/{id}/" + form + ", owner",
                    mtp,
                    pg,
                    Requests.ownPage(c -> "/sequences/{id}/" + form, owned.drafts()::get, sessions::get),
                    "mtp",
                    "GET /sequences/{id}/" + form);
        }
        for (String kind : List.of("tours", "challenges")) {
            measure(
                    "page /" + kind + "/new, signed in",
                    mtp,
                    pg,
                    Requests.page("/" + kind + "/new", null, sessions::get),
                    "mtp",
                    "GET /" + kind + "/new");
        }
        measure(
                "page /tours/{id}, owner",
                mtp,
                pg,
                Requests.ownPage(c -> "/tours/" + owned.tours().get(c), null, sessions::get),
                "mtp",
                "GET /tours/{id}");
        measure(
                "page /tours/{id}/edit, owner",
                mtp,
                pg,
                Requests.ownPage(c -> "/tours/" + owned.tours().get(c) + "/edit", null, sessions::get),
                "mtp",
                "GET /tours/{id}/edit");
        measure(
                "page /sequences/import/jobs/{id}, owner",
                mtp,
                pg,
                Requests.ownPage(c -> "/sequences/import/jobs/" + imports.get(c), null, sessions::get),
                "mtp",
                "GET /sequences/import/jobs/{id}");
        measure(
                "page /challenges/{id}/edit, owner",
                mtp,
                pg,
                Requests.ownPage(c -> "/challenges/" + owned.challenges().get(c) + "/edit", null, sessions::get),
                "mtp",
                "GET /challenges/{id}/edit");
    }

    /**
     * The browse pages of issue #18: the boards, a filtered board, tours and challenges (each sampled one at random,
     * the scenario left out when the data set has none), a filtered sequence search, and the home map's data for a
     * city, a country and the whole world.
     */
    private void browse(ChildJvm mtp, Path pg, List<String> tours, List<String> challenges)
            throws InterruptedException {
        measure(
                "page /leaderboards/photos",
                mtp,
                pg,
                Requests.page("/leaderboards/photos", null, null),
                "mtp",
                "GET /leaderboards/{metric}");
        measure(
                "page /leaderboards/distance?transport_type=Earth",
                mtp,
                pg,
                Requests.page("/leaderboards/distance?transport_type=Earth", null, null),
                "mtp",
                "GET /leaderboards/{metric}");
        measure("page /tours", mtp, pg, Requests.page("/tours", null, null), "mtp", "GET /tours");
        if (!tours.isEmpty()) {
            measure("page /tours/{id}", mtp, pg, Requests.page("/tours/{id}", tours, null), "mtp", "GET /tours/{id}");
        }
        measure("page /challenges", mtp, pg, Requests.page("/challenges", null, null), "mtp", "GET /challenges");
        if (!challenges.isEmpty()) {
            measure(
                    "page /challenges/{id}",
                    mtp,
                    pg,
                    Requests.page("/challenges/{id}", challenges, null),
                    "mtp",
                    "GET /challenges/{id}");
            measure(
                    "page /challenges/{id}/leaderboard",
                    mtp,
                    pg,
                    Requests.page("/challenges/{id}/leaderboard", challenges, null),
                    "mtp",
                    "GET /challenges/{id}/leaderboard");
        }
        measure(
                "page /sequences?transport_type=Earth&from=2024-01-01&to=2024-12-31",
                mtp,
                pg,
                Requests.page("/sequences?transport_type=Earth&from=2024-01-01&to=2024-12-31", null, null),
                "mtp",
                "GET /sequences");
        for (Map.Entry<String, String> view : MAP_VIEWS.entrySet()) {
            measure(
                    "map data, " + view.getKey(),
                    mtp,
                    pg,
                    Requests.fixed("GET", view.getValue()),
                    "mtp",
                    "GET " + MAP_DATA);
        }
    }

    /** Each map view's answer as a browser receives it: its gzip size and feature count; and what was left out. */
    private void mapAnswers(ChildJvm mtp, List<String> tours, List<String> challenges) {
        if (tours.isEmpty()) {
            report.line("- the data set has no tours: `page /tours/{id}` left out");
        }
        if (challenges.isEmpty()) {
            report.line("- the data set has no challenges: `page /challenges/{id}` and its board left out");
        }
        MapAnswers answers = new MapAnswers(mtp.port());
        for (Map.Entry<String, String> view : MAP_VIEWS.entrySet()) {
            if (!wanted.isEmpty() && wanted.stream().noneMatch(("map data, " + view.getKey())::contains)) {
                continue;
            }
            MapAnswers.Size size = answers.of(view.getValue());
            report.line(
                    "- map data, %s (`%s`): status %d, %,d features, %,d B uncompressed, %,d B gzip (%s)",
                    view.getKey(),
                    view.getValue(),
                    size.status(),
                    size.features(),
                    size.bytes(),
                    size.gzipBytes(),
                    size.sentCompressed() ? "as sent" : "sent uncompressed; compressed by the harness");
        }
        report.line("");
    }

    private void measure(String scenario, ChildJvm server, Path pg, Requests requests, String serverName)
            throws InterruptedException {
        measure(scenario, server, pg, () -> requests, serverName, null);
    }

    private void measure(String scenario, ChildJvm server, Path pg, Requests requests, String serverName, String route)
            throws InterruptedException {
        measure(scenario, server, pg, () -> requests, serverName, route);
    }

    /**
     * {@code prepared} is asked for the requests only when the scenario runs (its set-up may read the service);
     * {@code route} ({@code METHOD template}, or null for a server without the metric) names the service's own
     * request-duration histogram, scraped just before and just after the measured window.
     */
    private void measure(
            String scenario, ChildJvm server, Path pg, Supplier<Requests> prepared, String serverName, String route)
            throws InterruptedException {
        if (!wanted.isEmpty() && wanted.stream().noneMatch(scenario::contains)) {
            return;
        }
        Requests requests = prepared.get();
        if (!recording) {
            warmer.run(scenario, server.port(), requests, LoadGenerator.Window.NONE);
            return;
        }
        long[] cpu = new long[3];
        ServiceTimes times = route == null
                ? null
                : new ServiceTimes(
                        server.port(), route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1));
        ServiceTimes.Snapshot[] window = new ServiceTimes.Snapshot[2];
        LoadResult result = generator.run(scenario, server.port(), requests, new LoadGenerator.Window() {
            @Override
            public void opened() {
                cpu[0] = server.cpuMillis();
                cpu[1] = pg == null ? 0 : CpuTime.ofPostgres(pg);
                cpu[2] = transactions();
                window[0] = times == null ? null : times.scrape();
            }

            @Override
            public void closed() {
                window[1] = times == null ? null : times.scrape();
                cpu[0] = server.cpuMillis() - cpu[0];
                cpu[1] = pg == null ? -1 : CpuTime.ofPostgres(pg) - cpu[1];
                cpu[2] = statistics == null ? -1 : transactions() - cpu[2];
            }
        });
        double serviceP50 = times == null ? Double.NaN : window[1].quantileMsSince(window[0], 0.50);
        double serviceP99 = times == null ? Double.NaN : window[1].quantileMsSince(window[0], 0.99);
        report.row(result, serverName, serviceP50, serviceP99, cpu[0], cpu[1], cpu[2]);
    }

    /**
     * Transactions PostgreSQL has ended in the benchmark database so far; in auto-commit every statement is one, so per
     * request this counts round trips that run SQL. The server publishes its counters within a second, a small error
     * over a 15 s window.
     */
    private long transactions() {
        if (statistics == null) {
            return 0;
        }
        try (PreparedStatement statement = statistics.prepareStatement("SELECT xact_commit + xact_rollback"
                        + " FROM pg_stat_database WHERE datname = current_database()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading pg_stat_database failed", e);
        }
    }

    /** Published sequences spread over the key space: runs of 50 from random starting keys (fixed seed). */
    private static List<String> sampleIds(Connection connection) throws SQLException {
        Random random = new Random(8);
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM sequences WHERE status = 'PUBLISHED' AND id >= ? ORDER BY id FETCH FIRST 50 ROWS ONLY")) {
            for (int attempt = 0; attempt < SAMPLE_IDS && ids.size() < SAMPLE_IDS; attempt++) {
                statement.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class).toString());
                    }
                }
            }
        }
        connection.commit();
        if (ids.isEmpty()) {
            throw new IllegalStateException("the data set has no published sequence: generate it first with "
                    + "mtp-adapter-persistence's persistence-benchmark profile");
        }
        return new ArrayList<>(ids);
    }

    private static Map<String, String> mapViews() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("city", MAP_DATA + "?bbox=2.30,48.82,2.40,48.92&zoom=13");
        views.put("country", MAP_DATA + "?bbox=-2.0,43.0,6.0,51.0&zoom=6");
        views.put("world", MAP_DATA + "?bbox=-180,-85,180,85&zoom=2");
        return views;
    }

    /**
     * The ids of the first {@value #SAMPLE_ENTITIES} rows of {@code table} (tours or challenges), none if it is empty.
     */
    private static List<String> firstIds(Connection connection, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT id FROM " + table + " ORDER BY id FETCH FIRST " + SAMPLE_ENTITIES + " ROWS ONLY");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class).toString());
            }
        }
        connection.commit();
        return ids;
    }

    /** The usernames of the sampled sequences' owners (the first 500 samples), each once: the profiles asked for. */
    private static List<String> ownersOf(Connection connection, List<String> ids) throws SQLException {
        Set<String> owners = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT u.username FROM sequences s JOIN users u ON u.id = s.owner_id WHERE s.id = ?")) {
            for (String id : ids.subList(0, Math.min(500, ids.size()))) {
                statement.setObject(1, UUID.fromString(id));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        owners.add(row.getString(1));
                    }
                }
            }
        }
        connection.commit();
        return new ArrayList<>(owners);
    }

    /** The benchmark's public client, registered once per data set with the admin command. */
    private void registerClient(Connection connection, Map<String, String> environment) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT 1 FROM oauth_clients WHERE client_id = ?")) {
            statement.setString(1, BenchAccounts.CLIENT_ID);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    connection.commit();
                    return;
                }
            }
        }
        connection.commit();
        int code = ChildJvm.runToEnd(
                "client-create",
                out,
                "org.mtp.bootstrap.Main",
                List.of(
                        "client",
                        "create",
                        "--name",
                        "Load benchmark",
                        "--redirect-uri",
                        BenchAccounts.REDIRECT_URI,
                        "--client-id",
                        BenchAccounts.CLIENT_ID),
                environment);
        if (code != 0) {
            throw new IllegalStateException(
                    "client create failed with " + code + "; see " + out.resolve("client-create.log"));
        }
    }

    /** The service's configuration: loopback, the given database (null: H2 in the data directory), a fixed key. */
    static Map<String, String> serviceEnvironment(
            int port, Path dataDir, String jdbcUrl, String user, String password) {
        Map<String, String> environment = new HashMap<>();
        environment.put("MTP_HTTP_HOST", "127.0.0.1");
        environment.put("MTP_HTTP_PORT", Integer.toString(port));
        environment.put("MTP_DATA_DIR", dataDir.toString());
        environment.put("MTP_SECRET_KEY", SECRET_KEY);
        environment.put("MTP_PASSWORD_HASH_ITERATIONS", HASH_ITERATIONS);
        // bench.sequenceCacheBytes=0 measures the sequence read without the kept renderings
        String sequenceCache = System.getProperty("bench.sequenceCacheBytes");
        if (sequenceCache != null && !sequenceCache.isBlank()) {
            environment.put("MTP_HTTP_SEQUENCE_CACHE_BYTES", sequenceCache);
        }
        if (jdbcUrl != null) {
            environment.put("MTP_DATABASE_URL", jdbcUrl);
            environment.put("MTP_DATABASE_USER", user);
            environment.put("MTP_DATABASE_PASSWORD", password);
        }
        return environment;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
