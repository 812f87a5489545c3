package org.mtp.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.persistence.H2Urls;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TotalsRecount;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.reliability.CrashLoad.Person;
import org.mtp.bootstrap.reliability.CrashLoad.Target;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.ChildService;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.user.UserId;

/**
 * Crash consistency on H2 and PostgreSQL: the service runs in a child JVM while a load generator in this JVM likes,
 * marks, imports and deletes, logging every write the service acknowledged; a SIGKILL lands at a random (seeded)
 * instant with writes in flight; a new child on the same data must then hold every acknowledged write, only whole
 * sequences, and counters and leaderboard totals equal to a recount from the base rows. On H2 a second round runs on
 * the data the first crash left. {@code -Dmtp.crash.seed=N} replays a seed's choices.
 */
class CrashConsistencyTest {

    private static final int PEOPLE = 6;
    private static final int STABLE_SEQUENCES = 3;
    /** Acknowledged writes each round waits for before its kill timer starts, so every round has something to lose. */
    private static final int ENOUGH_WRITES = 30;

    private static final int MAX_KILL_DELAY_MS = 800;
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The database under test, and how many kill rounds it gets. H2 gets two: its file must reopen after a crash,
     * including one that the previous crash left for recovery. PostgreSQL itself is never killed (only mtp is), so one
     * round proves that mtp acknowledges only what is committed; a second would cost another child's start-up.
     */
    enum Database {
        H2(2),
        POSTGRES(1);

        final int rounds;

        Database(int rounds) {
            this.rounds = rounds;
        }
    }

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private final List<ChildService> children = new ArrayList<>();
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    private final WriteLog log = new WriteLog();
    private CrashLoad load;
    private Database database;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws IOException {
        if (load != null) {
            load.stop();
        }
        killer.shutdownNow();
        children.forEach(ChildService::close);
        mapillary.close();
        keepChildLog();
    }

    /** The children's output outlives the temporary directory, for reading after a failure. */
    private void keepChildLog() throws IOException {
        Path log = dir.resolve("mtp.log");
        if (database != null && Files.exists(log)) {
            Path kept = Path.of("target", "crash-consistency-" + database + ".log");
            Files.createDirectories(kept.getParent());
            Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void sigkillWithWritesInFlight_losesNoAcknowledgedWrite_andLeavesEveryTotalEqualToARecount(Database database)
            throws Exception {
        this.database = database;
        long seed = Long.getLong("mtp.crash.seed", new SecureRandom().nextLong());
        System.out.printf(
                "CrashConsistencyTest on %s: seed %d (replay with -Dmtp.crash.seed=%d)%n", database, seed, seed);
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Map<String, String> settings = database == Database.H2
                ? RunningService.h2Settings(data, mapillary)
                : RunningService.postgresSettings(data, mapillary);
        RunningService.CommandResult client = RunningService.command(
                settings,
                "client",
                "create",
                "--name",
                "Desktop uploader",
                "--redirect-uri",
                "app.mtp.desktop://app",
                "--client-id",
                Accounts.UPLOADER);
        assertThat(client.exitCode()).as(client.err()).isZero();
        ChildService child = serve(settings);
        List<Person> people = setUp(child.client());

        for (int round = 1; round <= database.rounds; round++) {
            String context = database + " round " + round + ", seed " + seed;
            load = new CrashLoad(
                    child.client(),
                    log,
                    mapillary,
                    people,
                    log.published(),
                    random.nextLong(),
                    "r" + round,
                    ENOUGH_WRITES);
            load.start();
            assertThat(load.awaitAcknowledged(LOAD_TIMEOUT))
                    .as("%s: %s writes acknowledged in time; %s", context, ENOUGH_WRITES, load.unexpected())
                    .isTrue();
            long delay = random.nextInt(MAX_KILL_DELAY_MS);
            ChildService dying = child;
            int inFlight = killer.schedule(
                            () -> {
                                int writing = load.inFlight();
                                dying.kill();
                                return writing;
                            },
                            delay,
                            TimeUnit.MILLISECONDS)
                    .get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(load.awaitStopped(LOAD_TIMEOUT))
                    .as("%s: the load stopped after the kill", context)
                    .isTrue();
            long unanswered = log.unanswered();
            System.out.printf(
                    "%s: SIGKILL %d ms after the %dth acknowledgement, %d writes acknowledged, %d in flight,"
                            + " %d left unanswered%n",
                    context, delay, ENOUGH_WRITES, load.acknowledged(), inFlight, unanswered);
            assertThat(load.unexpected())
                    .as("%s: answers no rule explains", context)
                    .isEmpty();
            assertThat(unanswered)
                    .as("%s: writes in flight at the kill", context)
                    .isPositive();

            child = serve(settings);
            checkRestarted(child, settings, data, context);
        }
    }

    private ChildService serve(Map<String, String> settings) {
        ChildService child = ChildService.serve(settings, dir, dir.resolve("mtp.log"));
        children.add(child);
        return child;
    }

    // ---- before the load: people, their Mapillary accounts, sequences to like and mark ----

    private List<Person> setUp(ApiClient api) {
        Accounts accounts = Accounts.on(api);
        Person curator = person(accounts, api, "curator", 100);
        for (int i = 0; i < STABLE_SEQUENCES; i++) {
            MapillarySequence sequence = TestSequences.aSequence()
                    .owner(curator.mapillaryOwner())
                    .key("stable" + i)
                    .points(
                            GeoPoint.of(10 + i, 10),
                            GeoPoint.of(10 + i, 10.01),
                            GeoPoint.of(10 + i, 10.02),
                            GeoPoint.of(10 + i, 10.03))
                    .mapillary();
            mapillary.addSequence(sequence);
            String id = api.post("/api/v1/sequence/create")
                    .bearer(curator.accessToken())
                    .form(ApiClient.form("name", "Stable " + i, "transport_type", "Bicycle"))
                    .send(r -> assertThat(r.status()).isEqualTo(201))
                    .text("unique_id");
            api.put("/api/v1/sequence/import/" + id)
                    .bearer(curator.accessToken())
                    .json("{\"token\":\"" + curator.mapillaryToken().reveal() + "\",\"seq_key\":\"stable" + i + "\"}")
                    .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
            log.published(
                    "stable" + i,
                    curator.username(),
                    sequence.photos().stream().map(p -> p.key().value()).collect(Collectors.toSet()),
                    id);
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(person(accounts, api, "crasher" + i, 200 + i));
        }
        return people;
    }

    private Person person(Accounts accounts, ApiClient api, String username, int number) {
        String token = accounts.signUpAndSignIn(username);
        UserId mapillaryOwner = UserId.of(new UUID(0x4000L, 0x8000_0000_0000_0000L | number));
        MapillaryToken mapillaryToken = MapillaryToken.of("MLY" + username + "CrashToken");
        mapillary.addUser(TestSequences.mapillaryUserOf(mapillaryOwner), mapillaryToken);
        api.post("/api/v1/mapillary/token/verify")
                .bearer(token)
                .form(ApiClient.form("mapillary_token", mapillaryToken.reveal()))
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        return new Person(username, token, mapillaryOwner, mapillaryToken);
    }

    // ---- after the restart ----

    private void checkRestarted(ChildService child, Map<String, String> settings, Path data, String context)
            throws SQLException {
        StoredState stored;
        try (HikariDataSource db = dataSource(settings, data)) {
            stored = StoredState.read(db);
            assertThat(log.violations(stored))
                    .as("%s: the log against the stored rows", context)
                    .isEmpty();
            assertThat(Sql.rows(db, TotalsRecount.counterMismatches()))
                    .as("%s: counters against a recount", context)
                    .isEmpty();
            assertThat(nonZero(db, "user_totals", TotalsRecount.USER_TOTALS_COLUMNS))
                    .as("%s: user totals", context)
                    .containsExactlyInAnyOrderElementsOf(Sql.rows(db, TotalsRecount.userTotals()));
            assertThat(nonZero(db, "leaderboard_parent_years", TotalsRecount.PARENT_YEARS_COLUMNS))
                    .as("%s: board grains by transport and year", context)
                    .containsExactlyInAnyOrderElementsOf(Sql.rows(db, TotalsRecount.parentYears()));
            assertThat(nonZero(db, "leaderboard_cells", TotalsRecount.CELLS_COLUMNS))
                    .as("%s: board cells", context)
                    .containsExactlyInAnyOrderElementsOf(Sql.rows(db, TotalsRecount.cells()));
            checkServed(child.client(), db, context);
        }
        log.settle(stored);
    }

    /** What the restarted service serves agrees with the base rows: each sequence's counts, and the boards. */
    private void checkServed(ApiClient api, DataSource db, String context) throws SQLException {
        for (Target target : log.published()) {
            ApiResponse read = api.get("/api/v1/sequences/" + target.id() + "?client_id=" + Accounts.UPLOADER)
                    .send();
            if (read.status() == 404) {
                continue;
            }
            assertThat(read.at("like_count"))
                    .as("%s: likes of %s", context, target.id())
                    .isEqualTo((double) Sql.number(
                            db,
                            "SELECT COUNT(*) FROM sequence_likes WHERE sequence_id = ?",
                            UUID.fromString(target.id())));
            assertThat(read.array("photos"))
                    .as("%s: photos of %s", context, target.id())
                    .hasSize(target.images().size());
        }
        for (String metric : List.of("photos", "viewpoints")) {
            ApiResponse board = api.get("/api/v1/leaderboards/" + metric + "?limit=100&client_id=" + Accounts.UPLOADER)
                    .send(r -> assertThat(r.status()).isEqualTo(200));
            Map<String, Long> served = new HashMap<>();
            List<Object> names = board.column("username", "items");
            List<Object> values = board.column(metric, "items");
            for (int i = 0; i < names.size(); i++) {
                long value = ((Double) values.get(i)).longValue();
                if (value != 0) {
                    served.put(((String) names.get(i)).toLowerCase(Locale.ROOT), value);
                }
            }
            Map<String, Long> recounted = new HashMap<>();
            int column = metric.equals("photos") ? 2 : 4;
            for (List<String> row : Sql.rows(db, TotalsRecount.userTotals())) {
                long value = Long.parseLong(row.get(column));
                if (value != 0) {
                    recounted.put(row.get(1), value);
                }
            }
            assertThat(served)
                    .as("%s: the %s board served against a recount", context, metric)
                    .isEqualTo(recounted);
        }
    }

    private static HikariDataSource dataSource(Map<String, String> settings, Path data) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.getOrDefault("MTP_DATABASE_URL", H2Urls.file(data)));
        config.setUsername(settings.getOrDefault("MTP_DATABASE_USER", H2Urls.USER));
        config.setPassword(settings.getOrDefault("MTP_DATABASE_PASSWORD", ""));
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setPoolName("crash-check");
        return new HikariDataSource(config);
    }

    private static List<List<String>> nonZero(DataSource db, String table, String columns) throws SQLException {
        return Sql.rows(
                db,
                "SELECT " + columns + " FROM " + table + " WHERE photos <> 0 OR distance_m <> 0 OR viewpoints <> 0");
    }
}
