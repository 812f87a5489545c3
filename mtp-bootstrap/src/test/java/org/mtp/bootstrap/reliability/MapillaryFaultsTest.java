package org.mtp.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillaryUser;

/**
 * Mapillary faults through the uploader's PUT on a draft, on one service over H2 with a misbehaving fake Mapillary:
 * each fault ends in the documented retry and then success or the documented problem, a failed import leaves the draft
 * a draft without photos, and a slow Mapillary does not hold database connections.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapillaryFaultsTest {

    private static final MapillaryToken MLY = MapillaryToken.of("MLYfaultsTestToken");
    private static final MapillaryUser ON_MAPILLARY = TestSequences.mapillaryUserOf(TestUsers.alice());
    private static final int ATTEMPTS = 3;
    private static final Pattern PENDING =
            Pattern.compile("(?m)^mtp_db_pool_connections\\{[^}]*state=\"pending\"[^}]*} (\\S+)$");

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService mtp;
    private ApiClient api;
    private String owner;
    private int sequences;

    @BeforeAll
    void start(@TempDir Path data) {
        mtp = quickFailing(RunningService.onH2(data, mapillary)).restart();
        Accounts accounts = Accounts.withUploader(mtp);
        api = mtp.client();
        owner = accounts.signUpAndSignIn("owner");
        mapillary.addUser(ON_MAPILLARY, MLY);
    }

    private static RunningService quickFailing(RunningService service) {
        return service.with("MTP_MAPILLARY_READ_TIMEOUT_MS", "400")
                .with("MTP_MAPILLARY_CALL_TIMEOUT_MS", "1000")
                .with("MTP_MAPILLARY_MAX_ATTEMPTS", String.valueOf(ATTEMPTS))
                .with("MTP_MAPILLARY_MAX_RETRY_AFTER_MS", "1000");
    }

    @AfterAll
    void stop() {
        mtp.close();
        mapillary.close();
    }

    // ---- faults that end in a problem ----

    @Test
    void answersSlowerThanTheReadTimeout_areRetried_thenEndIn504() {
        MockResponse slow = new MockResponse.Builder()
                .headersDelay(2, TimeUnit.SECONDS)
                .body("{}")
                .build();
        mapillary.script("/me", slow, ATTEMPTS);

        refused(504, "mapillary_timeout");
    }

    @Test
    void serverErrorsOnEveryAttempt_endIn502() {
        mapillary.script("/image_ids", FakeJson.json(500, Map.of()), ATTEMPTS);

        refused(502, "mapillary_unavailable");
    }

    @Test
    void aRetryAfterAboveTheLongestWait_endsAtOnceIn503_withThatRetryAfter() {
        int before = mapillary.requests("/me").size();
        mapillary.script(
                "/me",
                new MockResponse.Builder(FakeJson.rateLimited(429))
                        .setHeader("Retry-After", "120")
                        .build());

        ApiResponse response = refused(503, "mapillary_rate_limited");

        assertThat(response.header("Retry-After")).contains("120");
        assertThat(mapillary.requests("/me")).hasSize(before + 1);
    }

    @Test
    void theTransientRequestLimitOnEveryAttempt_endsIn503_withARetryAfter() {
        mapillary.script("/image_ids", FakeJson.rateLimited(400), ATTEMPTS);

        ApiResponse response = refused(503, "mapillary_rate_limited");

        assertThat(response.header("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
    }

    @Test
    void aConnectionResetMidBodyOnEveryAttempt_endsIn502() {
        for (int i = 0; i < ATTEMPTS; i++) {
            mapillary.scriptExact("/", resetMidBody());
        }

        refused(502, "mapillary_unavailable");
    }

    @Test
    void truncatedJson_endsIn502_withoutRetrying() {
        int before = mapillary.requests("/image_ids").size();
        mapillary.script(
                "/image_ids",
                new MockResponse.Builder()
                        .setHeader("Content-Type", "application/json")
                        .body("{\"data\":[{\"id\":\"10")
                        .build());

        refused(502, "mapillary_malformed_response");

        assertThat(mapillary.requests("/image_ids")).hasSize(before + 1);
    }

    @Test
    void malformedJson_endsIn502() {
        mapillary.scriptExact(
                "/",
                new MockResponse.Builder()
                        .setHeader("Content-Type", "application/json")
                        .body("<html>upstream proxy error</html>")
                        .build());

        refused(502, "mapillary_malformed_response");
    }

    @Test
    void aTokenRevokedBetweenTheUserCallAndTheImageCalls_endsIn422() {
        MapillaryToken revoked = MapillaryToken.of("MLYrevokedMidImportToken");
        mapillary.addUser(ON_MAPILLARY, revoked);
        // /me answers as it did just before the revocation; every later call sees the token revoked.
        mapillary.script(
                "/me",
                FakeJson.json(200, Map.of("id", ON_MAPILLARY.id().value(), "username", ON_MAPILLARY.username())));
        mapillary.revoke(revoked);

        refused(revoked, 422, "mapillary_token_invalid");
    }

    // ---- faults that are retried into success ----

    @Test
    void serverErrorsThatStop_areRetried_andTheImportSucceeds() {
        mapillary.script("/me", FakeJson.json(500, Map.of()), ATTEMPTS - 1);

        imported();
    }

    @Test
    void aRetryAfterWithinTheLongestWait_isWaitedOut_andTheImportSucceeds() {
        mapillary.script(
                "/image_ids",
                new MockResponse.Builder(FakeJson.rateLimited(429))
                        .setHeader("Retry-After", "1")
                        .build());

        imported();
    }

    @Test
    void theTransientRequestLimitOnce_isRetried_andTheImportSucceeds() {
        mapillary.script("/me", FakeJson.rateLimited(400));

        imported();
    }

    @Test
    void aConnectionResetMidBodyOnce_isRetried_andTheImportSucceeds() {
        mapillary.scriptExact("/", resetMidBody());

        imported();
    }

    // ---- a slow Mapillary and the database pool ----

    @Test
    void whileMapillaryIsSlow_importsHoldNoDatabaseConnection() throws Exception {
        int imports = 4;
        mtp.with("MTP_DATABASE_POOL_SIZE", "2")
                .with("MTP_MAPILLARY_READ_TIMEOUT_MS", "10000")
                .with("MTP_MAPILLARY_CALL_TIMEOUT_MS", "20000")
                .restart();
        ExecutorService pool = Executors.newFixedThreadPool(imports);
        try {
            ApiClient client = mtp.client();
            Accounts accounts = Accounts.withoutRegistering(mtp);
            List<String> uploaders = new ArrayList<>();
            List<String> drafts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < imports; i++) {
                // One uploader each: this is about the pool, not about one person's imports racing on their totals.
                uploaders.add(accounts.signUpAndSignIn("slow" + i));
                drafts.add(draft(client, uploaders.get(i)));
                keys.add(onMapillary());
            }
            int seen = mapillary.requests("/me").size();
            mapillary.script(
                    "/me",
                    new MockResponse.Builder()
                            .headersDelay(3000, TimeUnit.MILLISECONDS)
                            .setHeader("Content-Type", "application/json")
                            .body(FakeJson.write(
                                    Map.of("id", ON_MAPILLARY.id().value(), "username", ON_MAPILLARY.username())))
                            .build(),
                    imports);
            List<CompletableFuture<ApiResponse>> slow = new ArrayList<>();
            for (int i = 0; i < imports; i++) {
                String uploader = uploaders.get(i);
                String draft = drafts.get(i);
                String key = keys.get(i);
                slow.add(CompletableFuture.supplyAsync(() -> attach(client, uploader, draft, MLY, key), pool));
            }
            awaitTrue(() -> mapillary.requests("/me").size() >= seen + imports, Duration.ofSeconds(10));

            for (int i = 0; i < 3; i++) {
                ApiResponse list = client.get("/api/v1/sequences?client_id=" + Accounts.UPLOADER)
                        .send();
                assertThat(list.status()).isEqualTo(200);
                ApiResponse own = client.get("/api/v1/sequences/" + drafts.get(i))
                        .bearer(uploaders.get(i))
                        .send();
                assertThat(own.text("status")).isEqualTo("draft");
            }
            assertThat(client.get("/health/ready").send().status()).isEqualTo(200);
            Matcher pending = PENDING.matcher(client.get("/metrics").send().body());
            assertThat(pending.find())
                    .as("the pending-connections gauge is exported")
                    .isTrue();
            assertThat(Double.parseDouble(pending.group(1))).isZero();
            assertThat(slow)
                    .as("the reads finished while every import still waited on Mapillary")
                    .noneMatch(CompletableFuture::isDone);

            for (CompletableFuture<ApiResponse> each : slow) {
                ApiResponse done = each.get(30, TimeUnit.SECONDS);
                assertThat(done.status()).as(done.body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
            quickFailing(mtp).with("MTP_DATABASE_POOL_SIZE", "10").restart();
            api = mtp.client();
        }
    }

    // ---- helpers ----

    private static MockResponse resetMidBody() {
        String body = "{\"data\":[],\"pad\":\"" + "x".repeat(8000) + "\"}";
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }

    private ApiResponse refused(int status, String code) {
        return refused(MLY, status, code);
    }

    /** Attaches a fresh Mapillary sequence to a fresh draft; expects the problem and the draft left untouched. */
    private ApiResponse refused(MapillaryToken token, int status, String code) {
        String draft = draft(api, owner);
        String key = onMapillary();

        ApiResponse response = assertProblem(attach(api, owner, draft, token, key), status, code);

        ApiResponse after = api.get("/api/v1/sequences/" + draft).bearer(owner).send();
        assertThat(after.text("status")).isEqualTo("draft");
        assertThat(after.at("photo_count")).isEqualTo(0.0);
        assertThat(after.array("photos")).isEmpty();
        assertThat(after.at("mapillary_sequence_key")).isNull();
        assertThat(published(key)).isZero();
        return response;
    }

    /** Attaches a fresh Mapillary sequence to a fresh draft; expects it published whole. */
    private void imported() {
        String draft = draft(api, owner);
        String key = onMapillary();

        ApiResponse response = attach(api, owner, draft, MLY, key);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        ApiResponse after = api.get("/api/v1/sequences/" + draft).bearer(owner).send();
        assertThat(after.text("status")).isEqualTo("published");
        assertThat(after.at("photo_count")).isEqualTo(3.0);
        assertThat(published(key)).isEqualTo(1);
    }

    private ApiResponse attach(ApiClient client, String bearer, String draft, MapillaryToken token, String key) {
        return client.put("/api/v1/sequence/import/" + draft)
                .bearer(bearer)
                .json("{\"mapillary_user_token\":\"" + token.reveal() + "\",\"mapillary_sequence_key\":\"" + key
                        + "\"}")
                .send();
    }

    private String draft(ApiClient client, String bearer) {
        return client.post("/api/v1/sequence/create")
                .bearer(bearer)
                .form(ApiClient.form("name", "Faulty ride", "transport_type", "Bicycle"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
    }

    private synchronized String onMapillary() {
        String key = String.format("faultSeq%04d", ++sequences);
        double lat = sequences * 0.1;
        MapillarySequence sequence = TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key(key)
                .points(GeoPoint.of(3, lat), GeoPoint.of(3, lat + 0.001), GeoPoint.of(3, lat + 0.002))
                .mapillary();
        mapillary.addSequence(sequence);
        return key;
    }

    private long published(String key) {
        return api
                .get("/api/v1/sequences?username=owner&limit=100&client_id=" + Accounts.UPLOADER)
                .send()
                .column("mapillary_sequence_key", "items")
                .stream()
                .filter(key::equals)
                .count();
    }

    /** Waits for a condition another thread brings about, checking every few milliseconds, failing after a bound. */
    private static void awaitTrue(BooleanSupplier condition, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %s for the condition", bound)
                    .isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
