package org.mtp.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;

/**
 * Concurrency over HTTP on H2 and PostgreSQL: 200 people like, unlike, mark and unmark one sequence at the same time
 * and the counts, read back over HTTP and on the leaderboard, are exactly those of their last decisions; ten drafts
 * racing for one Mapillary key, and ten one-step imports of one key, leave exactly one winner.
 */
class ConcurrencyOverHttpTest {

    private static final int USERS = 200;
    private static final int THREADS = 32;
    private static final int RACERS = 10;
    private static final MapillaryToken OWNER_MLY = MapillaryToken.of("MLYownerConcurrencyToken");

    /** The database under test. */
    enum Database {
        H2,
        POSTGRES
    }

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private RunningService mtp;
    private ApiClient api;
    private String owner;

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        pool.shutdownNow();
        if (mtp != null) {
            mtp.close();
        }
        mapillary.close();
    }

    private void startOn(Database database) {
        mtp = database == Database.H2
                ? RunningService.onH2(data, mapillary)
                : RunningService.onPostgres(data, mapillary);
        Accounts accounts = Accounts.withUploader(mtp);
        api = mtp.client();
        owner = accounts.signUpAndSignIn("owner");
        mapillary.addUser(TestSequences.mapillaryUserOf(TestUsers.alice()), OWNER_MLY);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void twoHundredPeopleLikingAndMarkingAtOnce_leaveExactlyTheCountsOfTheirLastDecisions(Database database)
            throws Exception {
        startOn(database);
        Accounts accounts = Accounts.withoutRegistering(mtp);
        String sequenceId = publish(
                "crowdRide0001",
                draft("Crowd ride"),
                GeoPoint.of(0, 0),
                GeoPoint.of(0, 0.01),
                GeoPoint.of(0, 0.02),
                GeoPoint.of(0, 0.03));
        List<String> photos =
                api.get("/api/v1/sequences/" + sequenceId).bearer(owner).send().column("image_key", "photos").stream()
                        .map(String.class::cast)
                        .toList();
        List<String> tokens = inParallel(USERS, i -> () -> accounts.signUpAndSignIn(String.format("crowd%03d", i)));

        inParallel(USERS, i -> () -> {
            actAs(tokens.get(i), i, sequenceId, photos);
            return null;
        });

        long expectedLikes =
                IntStream.range(0, USERS).filter(ConcurrencyOverHttpTest::likes).count();
        ApiResponse read =
                api.get("/api/v1/sequences/" + sequenceId).bearer(owner).send();
        assertThat(read.at("like_count")).isEqualTo((double) expectedLikes);
        Map<String, Double> expectedMarks = new TreeMap<>();
        for (int p = 0; p < photos.size(); p++) {
            int photo = p;
            expectedMarks.put(photos.get(p), (double)
                    IntStream.range(0, USERS).filter(i -> marks(i, photo)).count());
        }
        Map<String, Double> actualMarks = new TreeMap<>();
        for (Object photo : read.array("photos")) {
            Map<?, ?> p = (Map<?, ?>) photo;
            actualMarks.put((String) p.get("image_key"), (Double) p.get("viewpoint_count"));
        }
        assertThat(actualMarks).isEqualTo(expectedMarks);
        double leaderboardTotal = api
                .get("/api/v1/leaderboards/viewpoints?client_id=" + Accounts.UPLOADER)
                .send()
                .column("viewpoints", "items")
                .stream()
                .mapToDouble(Double.class::cast)
                .sum();
        assertThat(leaderboardTotal)
                .isEqualTo(expectedMarks.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum());
        assertThat(statuses.keySet()).as("every status of the crowd's requests").containsExactly(200);
        assertThat(statuses.get(200).get()).isGreaterThan(USERS * 5);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void tenDraftsAttachingOneKeyAtOnce_publishExactlyOne(Database database) throws Exception {
        startOn(database);
        addOnMapillary("raceKey00001");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            drafts.add(draft("Racer " + i));
        }
        CountDownLatch start = new CountDownLatch(1);

        List<ApiResponse> answers = inParallel(
                RACERS,
                i -> () -> {
                    start.await();
                    return api.put("/api/v1/sequence/import/" + drafts.get(i))
                            .bearer(owner)
                            .json("{\"token\":\"" + OWNER_MLY.reveal() + "\",\"seq_key\":\"raceKey00001\"}")
                            .send();
                },
                start);

        assertOneWinner(answers, 200);
        long published = drafts.stream()
                .map(id -> api.get("/api/v1/sequences/" + id).bearer(owner).send())
                .filter(r -> "published".equals(r.text("status")))
                .peek(r -> {
                    assertThat(r.text("mapillary_sequence_key")).isEqualTo("raceKey00001");
                    assertThat(r.at("photo_count")).isEqualTo(2.0);
                })
                .count();
        assertThat(published).isEqualTo(1);
        for (String id : drafts) {
            ApiResponse r = api.get("/api/v1/sequences/" + id).bearer(owner).send();
            if ("draft".equals(r.text("status"))) {
                assertThat(r.at("photo_count")).isEqualTo(0.0);
                assertThat(r.array("photos")).isEmpty();
            }
        }
        assertThat(storedWithKey("raceKey00001")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void tenOneStepImportsOfOneKeyAtOnce_storeExactlyOne(Database database) throws Exception {
        startOn(database);
        addOnMapillary("raceKey00002");
        api.post("/api/v1/mapillary/token/verify")
                .bearer(owner)
                .form(ApiClient.form("mapillary_token", OWNER_MLY.reveal()))
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        CountDownLatch start = new CountDownLatch(1);

        List<ApiResponse> answers = inParallel(
                RACERS,
                i -> () -> {
                    start.await();
                    return api.post("/api/v1/sequence/import")
                            .bearer(owner)
                            .json("{\"sequence_key\":\"raceKey00002\",\"name\":\"Import " + i
                                    + "\",\"transport_type\":\"Walk\"}")
                            .send();
                },
                start);

        assertOneWinner(answers, 201);
        assertThat(storedWithKey("raceKey00002")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void oneUploaderPublishingTenDifferentSequencesAtOnce_publishesAllTen(Database database) throws Exception {
        startOn(database);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            addOnMapillary(String.format("ownRide%05d", i), GeoPoint.of(2, i), GeoPoint.of(2, i + 0.01));
            drafts.add(draft("Own ride " + i));
        }
        CountDownLatch start = new CountDownLatch(1);

        List<ApiResponse> answers = inParallel(
                RACERS,
                i -> () -> {
                    start.await();
                    return api.put("/api/v1/sequence/import/" + drafts.get(i))
                            .bearer(owner)
                            .json("{\"token\":\"" + OWNER_MLY.reveal() + "\",\"seq_key\":\""
                                    + String.format("ownRide%05d", i) + "\"}")
                            .send();
                },
                start);

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        assertThat(api.get("/api/v1/leaderboards/photos?client_id=" + Accounts.UPLOADER)
                        .send()
                        .column("photos", "items"))
                .containsExactly((double) 2 * RACERS);
    }

    // ---- the crowd's deterministic decisions ----

    /** Whether person {@code i} ends up liking the sequence. */
    private static boolean likes(int i) {
        return i % 3 != 0;
    }

    /** Whether person {@code i} ends up marking photo {@code p}. */
    private static boolean marks(int i, int p) {
        return (i + p) % 4 < 2 || i % 7 == p;
    }

    private void actAs(String token, int i, String sequenceId, List<String> photos) {
        String like = "/api/v1/sequences/" + sequenceId + "/like";
        int toggles = 1 + i % 4;
        for (int t = 0; t < toggles; t++) {
            counted(api.put(like).bearer(token).send());
            counted(api.delete(like).bearer(token).send());
        }
        if (i % 5 == 0) {
            counted(api.put(like).bearer(token).send());
        }
        counted((likes(i) ? api.put(like) : api.delete(like)).bearer(token).send());
        for (int p = 0; p < photos.size(); p++) {
            String viewpoint = "/api/v1/sequences/" + sequenceId + "/photos/" + photos.get(p) + "/viewpoint";
            if ((i + p) % 2 == 0) {
                counted(api.put(viewpoint).bearer(token).send());
                counted(api.delete(viewpoint).bearer(token).send());
            }
            counted((marks(i, p) ? api.put(viewpoint) : api.delete(viewpoint))
                    .bearer(token)
                    .send());
        }
    }

    private void counted(ApiResponse response) {
        statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        assertThat(response.status()).as("status of %s", response.body()).isLessThan(500);
    }

    // ---- sequences ----

    private String draft(String name) {
        return api.post("/api/v1/sequence/create")
                .bearer(owner)
                .form(ApiClient.form("name", name, "transport_type", "Bicycle"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
    }

    private MapillarySequence addOnMapillary(String key, GeoPoint... points) {
        GeoPoint[] at = points.length == 0 ? new GeoPoint[] {GeoPoint.of(1, 1), GeoPoint.of(1, 1.01)} : points;
        MapillarySequence sequence = TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key(key)
                .points(at)
                .mapillary();
        mapillary.addSequence(sequence);
        return sequence;
    }

    private String publish(String key, String draftId, GeoPoint... points) {
        addOnMapillary(key, points);
        api.put("/api/v1/sequence/import/" + draftId)
                .bearer(owner)
                .json("{\"token\":\"" + OWNER_MLY.reveal() + "\",\"seq_key\":\"" + key + "\"}")
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        return draftId;
    }

    private long storedWithKey(String key) {
        return api
                .get("/api/v1/sequences?username=owner&limit=100&client_id=" + Accounts.UPLOADER)
                .send()
                .column("mapillary_sequence_key", "items")
                .stream()
                .filter(key::equals)
                .count();
    }

    private static void assertOneWinner(List<ApiResponse> answers, int success) {
        List<Integer> codes = answers.stream().map(ApiResponse::status).sorted().toList();
        List<Integer> expected = new ArrayList<>(Collections.nCopies(RACERS - 1, 409));
        expected.add(0, success);
        assertThat(codes).as("statuses of the racers").isEqualTo(expected);
        answers.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(r, 409, "conflict"));
    }

    // ---- running in parallel ----

    private <T> List<T> inParallel(int count, IntFunction<Callable<T>> task) throws Exception {
        return inParallel(count, task, null);
    }

    private <T> List<T> inParallel(int count, IntFunction<Callable<T>> task, CountDownLatch startGun) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(task.apply(i)));
        }
        if (startGun != null) {
            startGun.countDown();
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
