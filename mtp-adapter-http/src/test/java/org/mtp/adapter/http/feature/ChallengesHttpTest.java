package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** Challenges over HTTP: GeoJSON areas, dates or instants, filters, status lists, owner-only changes, leaderboard. */
class ChallengesHttpTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[4,4],[6,4],[6,7],[4,7],[4,4]]]}";
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final String aliceToken = running.token(alice);

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse create(String json) {
        return client.post("/api/v1/challenges").bearer(aliceToken).json(json).send();
    }

    private String createSummer() {
        ApiResponse response = create("{\"name\":\"Summer islands\",\"description\":\"<b>go</b>\",\"area\":" + SQUARE
                + ",\"start\":\"2024-06-01\",\"end\":\"2024-06-30\",\"transport_types\":[\"Water\"],"
                + "\"camera_makes\":[\"GoPro\"],\"metric\":\"distance\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("unique_id");
    }

    private Challenge stored(String id) {
        return running.stores.challenges.findById(ChallengeId.parse("id", id)).orElseThrow();
    }

    @Test
    void aChallengeIsCreatedFromAGeoJsonPolygonAndDatesWhoseEndIsTheEndOfThatUtcDay() {
        ApiResponse response = create("{\"name\":\"Summer islands\",\"description\":\"<b>go</b>\",\"area\":" + SQUARE
                + ",\"start\":\"2024-06-01\",\"end\":\"2024-06-30\",\"transport_types\":[\"Water\"],"
                + "\"camera_makes\":[\"GoPro\"],\"metric\":\"distance\"}");

        assertThat(response.status()).isEqualTo(201);
        String id = response.text("unique_id");
        assertThat(response.header("Location")).contains("/api/v1/challenges/" + id);
        assertThat(response.json())
                .containsEntry("name", "Summer islands")
                .containsEntry("username", "alice")
                .containsEntry("start", "2024-06-01T00:00:00.000Z")
                .containsEntry("end", "2024-07-01T00:00:00.000Z")
                .containsEntry("transport_types", List.of("Water"))
                .containsEntry("camera_makes", List.of("GoPro"))
                .containsEntry("metric", "distance")
                .containsEntry("status", "completed")
                .containsEntry("created_at", "2025-03-01T09:00:00.000Z");
        assertThat(response.object("area"))
                .isEqualTo(Map.of(
                        "type",
                        "Polygon",
                        "coordinates",
                        List.of(List.of(
                                List.of(4.0, 4.0),
                                List.of(6.0, 4.0),
                                List.of(6.0, 7.0),
                                List.of(4.0, 7.0),
                                List.of(4.0, 4.0)))));
        assertThat(stored(id).transportTypes()).containsExactly(TransportType.WATER);
    }

    @Test
    void aMultiPolygonAcrossTheAntimeridianAndInstantsComeFromAFormBodyToo() {
        String area = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[170,-10],[180,-10],[180,10],[170,10],[170,-10]]],"
                + "[[[-180,-10],[-170,-10],[-170,10],[-180,10],[-180,-10]]]]}";

        ApiResponse response = client.post("/api/v1/challenges")
                .bearer(aliceToken)
                .form(ApiClient.form(
                        "name",
                        "Date line",
                        "area",
                        area,
                        "start",
                        "2025-03-01T10:00:00+01:00",
                        "end",
                        "2025-04-01T00:00:00Z",
                        "transport_types",
                        "Walk,Bicycle",
                        "camera_makes",
                        "GoPro, Inc."))
                .send();

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json())
                .containsEntry("start", "2025-03-01T09:00:00.000Z")
                .containsEntry("status", "active")
                .containsEntry("metric", "photos")
                .containsEntry("camera_makes", List.of("GoPro, Inc."));
        assertThat(response.object("area")).containsEntry("type", "MultiPolygon");
        Challenge challenge = stored(response.text("unique_id"));
        assertThat(challenge.area()).isInstanceOf(MultiPolygon.class);
        assertThat(challenge.area().contains(GeoPoint.of(180, 0))).isTrue();
        assertThat(challenge.transportTypes()).containsExactlyInAnyOrder(TransportType.WALK, TransportType.BICYCLE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}",
                "{\"type\":\"Point\",\"coordinates\":[0,0]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,91],[0,0]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[\"1\",1],[0,0]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0],[1,0],[1,1],[0,0]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[]}",
                "{\"type\":\"Polygon\",\"coordinates\":{\"a\":1}}",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[]}",
                "{\"coordinates\":[]}",
                "\"{not json\"",
                "[1,2]",
                "null"
            })
    void anInvalidAreaIsA400NamingItAndNothingIsStored(String area) {
        StoreState before = StoreState.of(running.stores);

        ApiResponse response =
                create("{\"name\":\"x\",\"area\":" + area + ",\"start\":\"2024-01-01\",\"end\":\"2024-02-01\"}");

        assertFieldProblem(response, 400, "validation_failed", "area");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"start\":\"2024-02-30\",\"end\":\"2024-03-01\"|start",
                "\"start\":\"2024-03-02\",\"end\":\"2024-03-01\"|end",
                "\"start\":\"2024-03-01T10:00:00Z\",\"end\":\"2024-03-01T10:00:00Z\"|end",
                "\"start\":\"2024-03-01T10:00:00\",\"end\":\"2024-03-02\"|start",
                "\"start\":\"2024-03-01\",\"end\":\"soon\"|end",
                "\"start\":\"2024-03-01\",\"end\":\"2024-03-02\",\"transport_types\":[\"Teleport\"]|transport_types",
                "\"start\":\"2024-03-01\",\"end\":\"2024-03-02\",\"camera_makes\":[\" \"]|camera_makes",
                "\"start\":\"2024-03-01\",\"end\":\"2024-03-02\",\"metric\":\"likes\"|metric",
                "\"start\":20240301,\"end\":\"2024-03-02\"|start"
            })
    void invalidDatesOrSettingsAreA400NamingTheField(String members, String field) {
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = create("{\"name\":\"x\",\"area\":" + SQUARE + "," + members + "}");

        assertFieldProblem(response, 400, "validation_failed", field);
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswer() {
        assertFieldProblem(create("{}"), 400, "validation_failed", "name", "area", "start", "end");
    }

    @Test
    void challengesAreListedByTheirStatusNow() {
        String completed = createSummer();
        String active = create(
                        "{\"name\":\"Now\",\"area\":" + SQUARE + ",\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"}")
                .text("unique_id");
        String upcoming = create(
                        "{\"name\":\"Later\",\"area\":" + SQUARE + ",\"start\":\"2026-01-01\",\"end\":\"2026-01-31\"}")
                .text("unique_id");

        assertThat(client.get("/api/v1/challenges?status=active&client_id=web")
                        .send()
                        .column("unique_id", "items"))
                .containsExactly(active);
        assertThat(client.get("/api/v1/challenges?status=upcoming&client_id=web")
                        .send()
                        .column("unique_id", "items"))
                .containsExactly(upcoming);
        assertThat(client.get("/api/v1/challenges?status=completed&client_id=web")
                        .send()
                        .column("unique_id", "items"))
                .containsExactly(completed);
        assertThat(client.get("/api/v1/challenges?client_id=web").send().array("items"))
                .hasSize(3);
        assertFieldProblem(
                client.get("/api/v1/challenges?status=soon&client_id=web").send(), 400, "validation_failed", "status");
    }

    @Test
    void challengesAreSearchedByANamePartTakenLiterallyAlsoWithTheirStatus() {
        String summer = createSummer();
        String now = create("{\"name\":\"Summer_Now 5%\",\"area\":" + SQUARE
                        + ",\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"}")
                .text("unique_id");

        assertThat(client.get("/api/v1/challenges?name=SUMMER&client_id=web")
                        .send()
                        .column("unique_id", "items"))
                .containsExactlyInAnyOrder(summer, now);
        assertThat(client.get("/api/v1/challenges?name=r_&client_id=web").send().column("unique_id", "items"))
                .containsExactly(now);
        assertThat(client.get("/api/v1/challenges?name=%25&status=completed&client_id=web")
                        .send()
                        .array("items"))
                .isEmpty();
        assertFieldProblem(
                client.get("/api/v1/challenges?name=&client_id=web").send(), 400, "validation_failed", "name");
    }

    @Test
    void aChallengeIsReadByAnyClientAndAnUnknownOneIsA404() {
        String id = createSummer();

        assertThat(client.get("/api/v1/challenges/" + id + "?client_id=web")
                        .send()
                        .at("description"))
                .isEqualTo("<b>go</b>");
        assertProblem(
                client.get("/api/v1/challenges/00000000-0000-4000-8000-00000000abcd?client_id=web")
                        .send(),
                404,
                "not_found");
    }

    @Test
    void theOwnerMergePatchesAndANewEndAloneKeepsTheStart() {
        String id = createSummer();

        ApiResponse response = client.patch("/api/v1/challenges/" + id)
                .bearer(aliceToken)
                .json("{\"end\":\"2024-07-15\",\"description\":null,\"transport_types\":null,\"metric\":\"photos\"}")
                .send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json())
                .containsEntry("start", "2024-06-01T00:00:00.000Z")
                .containsEntry("end", "2024-07-16T00:00:00.000Z")
                .containsEntry("description", null)
                .containsEntry("transport_types", List.of())
                .containsEntry("camera_makes", List.of("GoPro"))
                .containsEntry("metric", "photos")
                .containsEntry("name", "Summer islands");
    }

    @Test
    void anInvalidPatchOrSomeoneElsesChangeIsRefusedAndChangesNothing() {
        String id = createSummer();
        String path = "/api/v1/challenges/" + id;
        StoreState before = StoreState.of(running.stores);

        assertFieldProblem(
                client.patch(path)
                        .bearer(aliceToken)
                        .json("{\"start\":\"2024-08-01\"}")
                        .send(),
                400,
                "validation_failed",
                "end");
        assertFieldProblem(
                client.patch(path).bearer(aliceToken).json("{\"area\":null}").send(), 400, "validation_failed", "area");
        assertFieldProblem(
                client.patch(path)
                        .bearer(aliceToken)
                        .json("{\"status\":\"active\"}")
                        .send(),
                400,
                "validation_failed",
                "status");
        assertProblem(
                client.patch(path)
                        .bearer(running.token(bob))
                        .json("{\"name\":\"mine\"}")
                        .send(),
                403,
                "forbidden");
        assertProblem(client.delete(path).bearer(running.token(bob)).send(), 403, "forbidden");
        StoreState.assertUnchangedSince(before, running.stores);

        assertThat(client.delete(path).bearer(aliceToken).send().status()).isEqualTo(204);
        assertProblem(client.get(path).bearer(aliceToken).send(), 404, "not_found");
    }

    @Test
    void theLeaderboardCountsOnlyPhotosInsideTheAreaAndWindowOfAdmittedSequences() {
        fixtures.published(
                bob,
                b -> b.transport(TransportType.KAYAK)
                        .capturedAt(Instant.parse("2024-06-15T09:00:00Z"))
                        .points(GeoPoint.of(5, 5), GeoPoint.of(5, 6), GeoPoint.of(5, 8)));
        fixtures.published(
                alice,
                b -> b.transport(TransportType.SWIM)
                        .capturedAt(Instant.parse("2024-06-20T09:00:00Z"))
                        .points(GeoPoint.of(4.5, 4.5), GeoPoint.of(4.5, 5)));
        fixtures.published(
                alice,
                b -> b.transport(TransportType.WALK)
                        .capturedAt(Instant.parse("2024-06-20T09:00:00Z"))
                        .points(GeoPoint.of(5, 5), GeoPoint.of(5.5, 5)));
        String id = createSummer();

        ApiResponse response = client.get("/api/v1/challenges/" + id + "/leaderboard?client_id=web")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.column("username", "items")).containsExactly("bob", "alice");
        assertThat(response.object("items", 0))
                .isEqualTo(Map.of("rank", 1.0, "username", "bob", "photos", 2.0, "distance_km", 111.195));
        assertThat(response.object("items", 1)).containsEntry("rank", 2.0).containsEntry("photos", 2.0);
        assertProblem(
                client.get("/api/v1/challenges/not-an-id/leaderboard?client_id=web")
                        .send(),
                404,
                "not_found");
    }
}
