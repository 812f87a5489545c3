package org.mtp.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.bootstrap.testing.TableSnapshot;
import org.mtp.bootstrap.testing.TcpProxy;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;

/**
 * Database faults: the service runs on PostgreSQL through a {@link TcpProxy} that the test cuts (the database refusing
 * connections, or going silent) and restores. While it is cut, reads and writes answer a 503 problem within a bounded
 * time, readiness says 503 while liveness stays 200, and nothing is written; once it is back, the same service, not
 * restarted, serves reads and writes again by itself. An import whose database goes away while it waits on Mapillary
 * answers 503 and leaves its draft a draft, ready to be imported again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultsTest {

    private static final MapillaryToken ALICE_MLY = MapillaryToken.of("MLYdatabaseFaultsToken");
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(500);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofMillis(1000);
    /**
     * The longest a request may take while the database is away: a connection within the connection timeout, one pooled
     * connection found dead by a validation (HikariCP asks the driver in whole seconds: 1 s), then at worst one
     * statement sent into silence until the socket timeout (statement timeout + 1 s, whole seconds: 2 s); and a
     * generous 2 s more for a loaded machine. Without the socket timeout, a silent database hangs a request forever.
     */
    private static final Duration BOUND =
            CONNECTION_TIMEOUT.plusSeconds(1).plusSeconds(2).plusSeconds(2);

    private static final Duration RECOVERY = Duration.ofSeconds(20);
    private static final Duration MAPILLARY_READ_TIMEOUT = Duration.ofMillis(500);

    /** How the database goes away. */
    enum Fault {
        /** The database process is gone: connections close, new ones are refused. */
        REFUSED,
        /** A partition or a frozen host: connections stay open but nothing comes back, new ones get no answer. */
        SILENT
    }

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private final ExecutorService requests = Executors.newFixedThreadPool(8);
    private TcpProxy proxy;
    private RunningService mtp;
    private ApiClient api;
    private String alice;
    private String bob;
    private String rideId;
    private final AtomicInteger drafts = new AtomicInteger();

    @BeforeAll
    void start(@TempDir Path data) {
        mtp = RunningService.onPostgres(data, mapillary);
        proxy = proxyTo(mtp.config().database().jdbcUrl());
        mtp.with("MTP_DATABASE_URL", throughProxy(mtp.config().database().jdbcUrl(), proxy.port()))
                .with("MTP_DATABASE_POOL_SIZE", "4")
                .with("MTP_DATABASE_CONNECTION_TIMEOUT_MS", Long.toString(CONNECTION_TIMEOUT.toMillis()))
                .with("MTP_DATABASE_STATEMENT_TIMEOUT_MS", Long.toString(STATEMENT_TIMEOUT.toMillis()))
                .with("MTP_DATABASE_LOCK_TIMEOUT_MS", "500")
                .with("MTP_MAPILLARY_READ_TIMEOUT_MS", Long.toString(MAPILLARY_READ_TIMEOUT.toMillis()))
                .restart();
        Accounts accounts = Accounts.withUploader(mtp);
        api = mtp.client();
        alice = accounts.signUpAndSignIn("alice");
        bob = accounts.signUpAndSignIn("bob");
        mapillary.addUser(TestSequences.mapillaryUserOf(TestUsers.alice()), ALICE_MLY);
        rideId = draftOnMapillary("faultRide001");
        importInto(rideId, "faultRide001")
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
    }

    @AfterAll
    void stop() {
        requests.shutdownNow();
        if (mtp != null) {
            mtp.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        mapillary.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void whileTheDatabaseIsAway_requestsFailFastWith503_andOnceBackTheServiceRecoversByItself(Fault fault)
            throws Exception {
        assertServing();
        Map<String, List<String>> before =
                TableSnapshot.of(mtp.service().persistence().dataSource());

        cut(fault);
        try {
            assertUnavailable("with the pool's connections cut");
            assertUnavailable("with no connection left in the pool");
        } finally {
            proxy.restore();
        }

        awaitRecovery();
        assertThat(TableSnapshot.of(mtp.service().persistence().dataSource()))
                .as("the database after the failed writes")
                .isEqualTo(before);
        assertServing();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void whenTheDatabaseGoesAwayWhileAnImportWaitsOnMapillary_theImportAnswers503_andTheDraftStaysADraft(Fault fault)
            throws Exception {
        String key = String.format("faultWait%03d", fault.ordinal());
        String draft = draftOnMapillary(key);
        Map<String, List<String>> before =
                TableSnapshot.of(mtp.service().persistence().dataSource());
        int asked = mapillary.requests("/me").size();
        // Mapillary's first answer comes late: the import waits out its read timeout, then asks again and succeeds.
        mapillary.script(
                "/me",
                new MockResponse.Builder()
                        .headersDelay(2, TimeUnit.SECONDS)
                        .body("{}")
                        .build());

        Future<Timed> importing = timed(() -> importInto(draft, key).send());
        awaitUntil(
                "the import is waiting on Mapillary",
                () -> mapillary.requests("/me").size() > asked);
        cut(fault);
        try {
            Timed answer = importing.get(BOUND.toMillis() * 3, TimeUnit.MILLISECONDS);
            assertProblem(answer.response(), 503, "database_unavailable");
            assertThat(answer.took()).isLessThan(MAPILLARY_READ_TIMEOUT.plus(BOUND));
        } finally {
            proxy.restore();
        }

        awaitRecovery();
        assertThat(TableSnapshot.of(mtp.service().persistence().dataSource()))
                .as("the database after the failed import")
                .isEqualTo(before);
        ApiResponse stillDraft =
                api.get("/api/v1/sequences/" + draft).bearer(alice).send();
        assertThat(stillDraft.text("status")).isEqualTo("draft");
        assertThat(stillDraft.at("photo_count")).isEqualTo(0.0);
        importInto(draft, key).send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        ApiResponse published =
                api.get("/api/v1/sequences/" + draft).bearer(alice).send();
        assertThat(published.text("status")).isEqualTo("published");
        assertThat(published.at("photo_count")).isEqualTo(3.0);
    }

    // ---- what the client sees ----

    /** Reads (public and signed in) and writes (a new draft, a like toggled) all succeed; the service is ready. */
    private void assertServing() {
        assertThat(publicRead().send().status()).isEqualTo(200);
        assertThat(board().send().status()).isEqualTo(200);
        assertThat(ownRead().send().status()).isEqualTo(200);
        assertThat(createDraft().send().status()).isEqualTo(201);
        assertThat(like().send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200))
                        .at("like_count"))
                .isEqualTo(1.0);
        assertThat(unlike().send().at("like_count")).isEqualTo(0.0);
        assertThat(api.get("/health/ready").send().status()).isEqualTo(200);
    }

    /** Every kind of request at once; each answers within {@link #BOUND}, as the fault demands. */
    private void assertUnavailable(String when) throws Exception {
        Map<String, Future<Timed>> answers = new LinkedHashMap<>();
        answers.put("public read", timed(() -> publicRead().send()));
        answers.put("leaderboard", timed(() -> board().send()));
        answers.put("signed-in read", timed(() -> ownRead().send()));
        answers.put("new draft", timed(() -> createDraft().send()));
        answers.put("like", timed(() -> like().send()));
        answers.put("unlike", timed(() -> unlike().send()));
        answers.put("readiness", timed(() -> api.get("/health/ready").send()));
        answers.put("liveness", timed(() -> api.get("/health/live").send()));

        List<String> slow = new ArrayList<>();
        for (Map.Entry<String, Future<Timed>> entry : answers.entrySet()) {
            Timed answer = entry.getValue().get(BOUND.toMillis() * 3, TimeUnit.MILLISECONDS);
            if (answer.took().compareTo(BOUND) > 0) {
                slow.add(entry.getKey() + " took " + answer.took().toMillis() + " ms");
            }
            ApiResponse response = answer.response();
            switch (entry.getKey()) {
                case "readiness" -> {
                    assertThat(response.status()).as("readiness %s", when).isEqualTo(503);
                    assertThat(response.at("status")).isEqualTo("unavailable");
                }
                case "liveness" ->
                    assertThat(response.status()).as("liveness %s", when).isEqualTo(200);
                default -> {
                    assertProblem(response, 503, "database_unavailable");
                    assertThat(response.header("Retry-After"))
                            .as("%s %s", entry.getKey(), when)
                            .hasValue("5");
                }
            }
        }
        assertThat(slow)
                .as("requests slower than %s ms %s", BOUND.toMillis(), when)
                .isEmpty();
    }

    /**
     * Polls, with short parks and a deadline, until the service is ready and a read succeeds: the pool has to notice
     * that its connections are dead and open new ones, on its own.
     */
    private void awaitRecovery() {
        awaitUntil(
                "the service recovers",
                () -> api.get("/health/ready").send().status() == 200
                        && publicRead().send().status() == 200);
    }

    private static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, RECOVERY).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private ApiClient.Call publicRead() {
        return api.get("/api/v1/sequences/" + rideId + "?client_id=" + Accounts.UPLOADER);
    }

    private ApiClient.Call board() {
        return api.get("/api/v1/leaderboards/photos?client_id=" + Accounts.UPLOADER);
    }

    private ApiClient.Call ownRead() {
        return api.get("/api/v1/me").bearer(alice);
    }

    private ApiClient.Call createDraft() {
        return api.post("/api/v1/sequence/create")
                .bearer(alice)
                .form(ApiClient.form("name", "Draft " + drafts.incrementAndGet(), "transport_type", "Bicycle"));
    }

    /** A new draft of Alice's, and a three-photo sequence of hers on Mapillary under {@code key} to import into it. */
    private String draftOnMapillary(String key) {
        mapillary.addSequence(TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key(key)
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 0.01), GeoPoint.of(0, 0.02))
                .mapillary());
        return createDraft().send(r -> assertThat(r.status()).isEqualTo(201)).text("unique_id");
    }

    private ApiClient.Call importInto(String draft, String key) {
        return api.put("/api/v1/sequence/import/" + draft)
                .bearer(alice)
                .json("{\"token\":\"" + ALICE_MLY.reveal() + "\",\"seq_key\":\"" + key + "\"}");
    }

    private ApiClient.Call like() {
        return api.put("/api/v1/sequences/" + rideId + "/like").bearer(bob);
    }

    private ApiClient.Call unlike() {
        return api.delete("/api/v1/sequences/" + rideId + "/like").bearer(bob);
    }

    private Future<Timed> timed(Supplier<ApiResponse> request) {
        return requests.submit(() -> {
            long started = System.nanoTime();
            ApiResponse response = request.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /** A response and how long it took. */
    private record Timed(ApiResponse response, Duration took) {}

    // ---- the proxy ----

    private void cut(Fault fault) {
        switch (fault) {
            case REFUSED -> proxy.refuse();
            case SILENT -> proxy.blackHole();
        }
    }

    private static TcpProxy proxyTo(String jdbcUrl) {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        return TcpProxy.to(database.getHost(), database.getPort());
    }

    private static String throughProxy(String jdbcUrl, int port) {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        return jdbcUrl.replaceFirst("//" + database.getRawAuthority() + "/", "//" + TcpProxy.HOST + ":" + port + "/");
    }
}
