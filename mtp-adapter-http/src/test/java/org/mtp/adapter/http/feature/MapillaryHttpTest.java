package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.ProblemAssertions;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.user.User;

/** Connecting a Mapillary account (token or OAuth), listing importable sequences and the one-step import. */
class MapillaryHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final String token = running.token(alice);

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse verify(String mapillaryToken) {
        return client.post("/api/v1/mapillary/token/verify")
                .bearer(token)
                .form(ApiClient.form("mapillary_token", mapillaryToken))
                .send();
    }

    private void connect() {
        assertThat(verify(fixtures.mapillaryAccount(alice).reveal()).status()).isEqualTo(200);
    }

    private String stateOf(ApiResponse connect) {
        return stateOf(URI.create(connect.text("authorization_url")));
    }

    private static String stateOf(URI authorization) {
        String url = authorization.toString();
        return URLDecoder.decode(url.substring(url.indexOf("state=") + "state=".length()), StandardCharsets.UTF_8);
    }

    private ApiResponse callback(String query) {
        return client.get("/api/v1/mapillary/callback?" + query)
                .accept("text/html")
                .send();
    }

    @Test
    void aValidTokenIsStoredForTheUserAndAnswersTheMapillaryAccountButNeverTheToken() {
        MapillaryToken mly = fixtures.mapillaryAccount(alice);

        ApiResponse response = verify(mly.reveal());

        assertThat(response.status()).isEqualTo(200);
        MapillaryUser account = FeatureFixtures.mapillaryUserOf(alice);
        assertThat(response.json())
                .isEqualTo(Map.of("mapillary_user_id", account.id().value(), "mapillary_username", account.username()));
        assertThat(response.body()).doesNotContain(mly.reveal());
        assertThat(running.stores.mapillaryConnections.find(alice.id())).isPresent();
    }

    @Test
    void anInvalidTokenIsA422AndNothingIsStored() {
        StoreState before = StoreState.of(running.stores);

        assertProblem(verify("unknown-token"), 422, "mapillary_token_invalid");
        assertFieldProblem(verify(""), 400, "validation_failed", "mapillary_token");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void theOAuthFlowConnectsTheAccountOnceAndTheCallbackPageEscapesWhatMapillarySaid() {
        MapillaryToken mly = MapillaryToken.of("granted-token");
        fixtures.mapillary().addUser(new MapillaryUser(MapillaryUserId.of("777"), "<script>x</script>"), mly);
        running.stores.mapillaryAuthorization.acceptCode("the-code", mly);
        ApiResponse connect =
                client.get("/api/v1/mapillary/connect").bearer(token).send();
        assertThat(connect.status()).isEqualTo(200);
        String state = stateOf(connect);

        ApiResponse page =
                callback("code=the-code&state=" + ApiClient.form("s", state).substring(2));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(running.stores.mapillaryConnections.find(alice.id())).isPresent();

        StoreState before = StoreState.of(running.stores);
        ApiResponse replay =
                callback("code=the-code&state=" + ApiClient.form("s", state).substring(2));
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.contentType()).startsWith("text/html");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void aConnectionTheWebAppStartedReturnsToItsPathWithTheOutcome() {
        MapillaryToken mly = MapillaryToken.of("granted-token");
        fixtures.mapillary().addUser(new MapillaryUser(MapillaryUserId.of("777"), "walker"), mly);
        running.stores.mapillaryAuthorization.acceptCode("the-code", mly);
        String state = stateOf(running.platform.services.mapillaryConnections.start(
                alice.id(), ReturnPath.of("/sequences/import?from=2026-01-01")));

        ApiResponse back =
                callback("code=the-code&state=" + ApiClient.form("s", state).substring(2));

        assertThat(back.status()).isEqualTo(303);
        assertThat(back.header("Location")).contains("/sequences/import?from=2026-01-01&mapillary=connected");
        assertThat(running.stores.mapillaryConnections.find(alice.id())).isPresent();
    }

    @Test
    void aDenialOfAWebStartedConnectionReturnsToItsPathAndStoresNothing() {
        String state = stateOf(
                running.platform.services.mapillaryConnections.start(alice.id(), ReturnPath.of("/sequences/import")));
        String query = "error=access_denied&state=" + ApiClient.form("s", state).substring(2);

        ApiResponse back = callback(query);

        assertThat(back.status()).isEqualTo(303);
        assertThat(back.header("Location")).contains("/sequences/import?mapillary=denied");
        assertThat(running.stores.mapillaryConnections.find(alice.id())).isEmpty();
        // the state is used up: the same callback again is the API's own refusal
        assertThat(callback(query).status()).isEqualTo(403);
    }

    @Test
    void withoutAMapillaryAppConnectingIs503MapillaryNotConfigured() {
        running.stores.mapillaryAuthorization.notConfigured();

        assertProblem(client.get("/api/v1/mapillary/connect").bearer(token).send(), 503, "mapillary_not_configured");
    }

    @ParameterizedTest
    @ValueSource(strings = {"code=c&state=forged", "code=c", "state=s", "error=server_error"})
    void aForgedOrIncompleteCallbackIsAnHtml400AndStoresNothing(String query) {
        StoreState before = StoreState.of(running.stores);

        ApiResponse page = callback(query);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        ProblemAssertions.assertNoStackTrace(page);
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void aDeclinedConnectionIsAnHtml403WithMapillarysExplanationEscaped() {
        ApiResponse page = callback("error=access_denied&error_description=%3Cb%3Eno%3C%2Fb%3E");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("&lt;b&gt;no&lt;/b&gt;");
    }

    @Test
    void aCallbackWhileMapillaryIsDownIsAnHtml502() {
        String state =
                stateOf(client.get("/api/v1/mapillary/connect").bearer(token).send());
        running.stores.mapillaryAuthorization.failNextWith(new MapillaryException.Unavailable("down", null));

        ApiResponse page = callback("code=c&state=" + ApiClient.form("s", state).substring(2));

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void importableSequencesAreThoseWithPhotosInTheInclusiveWindowThatNobodyImported() {
        connect();
        fixtures.onMapillary(TestSequences.aSequence()
                .owner(alice.id())
                .key("early")
                .camera(null, null)
                .capturedAt(Instant.parse("2024-05-31T23:59:59Z"))
                .points(GeoPoint.of(1, 1))
                .mapillary());
        fixtures.onMapillary(TestSequences.aSequence()
                .owner(alice.id())
                .key("june")
                .pano(true)
                .capturedAt(Instant.parse("2024-06-01T00:00:00Z"))
                .points(GeoPoint.of(2, 3), GeoPoint.of(2, 4))
                .mapillary());
        fixtures.onMapillary(TestSequences.aSequence()
                .owner(alice.id())
                .key("last-day")
                .capturedAt(Instant.parse("2024-06-30T23:59:59Z"))
                .points(GeoPoint.of(5, 6))
                .mapillary());
        fixtures.onMapillary(TestSequences.aSequence()
                .owner(alice.id())
                .key("imported")
                .capturedAt(Instant.parse("2024-06-10T10:00:00Z"))
                .points(GeoPoint.of(7, 8))
                .mapillary());
        fixtures.published(alice, b -> b.key("imported"));

        ApiResponse response = client.get("/api/v1/mapillary/sequences?from=2024-06-01&to=2024-06-30")
                .bearer(token)
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.array("items")).hasSize(2);
        assertThat(response.object("items", 0))
                .isEqualTo(Map.of(
                        "mapillary_sequence_key",
                        "june",
                        "captured_at",
                        "2024-06-01T00:00:00.000Z",
                        "photo_count",
                        2.0,
                        "camera_make",
                        "GoPro",
                        "camera_model",
                        "HERO9 Black",
                        "pano",
                        true,
                        "lon",
                        2.0,
                        "lat",
                        3.0));
        assertThat(response.object("items", 1)).containsEntry("mapillary_sequence_key", "last-day");
    }

    @Test
    void theImportableListIsPagedAfterTheLastItemsTimeAndKey() {
        connect();
        for (String key : List.of("c", "a", "b")) {
            fixtures.onMapillary(TestSequences.aSequence()
                    .owner(alice.id())
                    .key(key)
                    .capturedAt(Instant.parse("2024-06-01T10:00:00Z"))
                    .points(GeoPoint.of(1, 1))
                    .mapillary());
        }
        List<Object> keys = new ArrayList<>();
        String next = "/api/v1/mapillary/sequences?from=2024-06-01&to=2024-06-01&limit=2";
        while (next != null) {
            ApiResponse page = client.get(next).bearer(token).send();
            page.array("items").forEach(item -> keys.add(((Map<?, ?>) item).get("mapillary_sequence_key")));
            next = (String) page.at("next");
        }

        assertThat(keys).containsExactly("a", "b", "c");
    }

    @Test
    void listingWithoutAConnectedAccountIsA409AndWithBadDatesA400() {
        assertProblem(
                client.get("/api/v1/mapillary/sequences?from=2024-06-01&to=2024-06-30")
                        .bearer(token)
                        .send(),
                409,
                "mapillary_not_connected");
        assertFieldProblem(
                client.get("/api/v1/mapillary/sequences?from=2024-06-31&to=2024-07-01")
                        .bearer(token)
                        .send(),
                400,
                "validation_failed",
                "from");
        assertFieldProblem(
                client.get("/api/v1/mapillary/sequences?from=2024-06-01")
                        .bearer(token)
                        .send(),
                400,
                "validation_failed",
                "to");
        assertFieldProblem(
                client.get("/api/v1/mapillary/sequences?from=2024-06-02&to=2024-06-01")
                        .bearer(token)
                        .send(),
                400,
                "validation_failed",
                "to");
        assertFieldProblem(
                client.get("/api/v1/mapillary/sequences?from=2024-06-01T00:00:00Z&to=2024-06-02")
                        .bearer(token)
                        .send(),
                400,
                "validation_failed",
                "from");
    }

    @Test
    void mapillaryRateLimitingTheListIsA503WithRetryAfter() {
        connect();
        fixtures.mapillary().failNextWith(new MapillaryException.RateLimited("429", Duration.ofSeconds(120)));

        ApiResponse response = client.get("/api/v1/mapillary/sequences?from=2024-06-01&to=2024-06-30")
                .bearer(token)
                .send();

        assertProblem(response, 503, "mapillary_rate_limited");
        assertThat(response.header("Retry-After")).contains("120");
    }

    @Test
    void theOneStepImportPublishesAtOnceWithTheStoredConnection() {
        connect();
        fixtures.onMapillary(alice, "june", GeoPoint.of(0, 0), GeoPoint.of(0, 1));

        ApiResponse response = client.post("/api/v1/sequence/import")
                .bearer(token)
                .json(
                        "{\"sequence_key\":\"june\",\"name\":\"June ride\",\"transport_type\":\"bicycle\",\"tags\":\"summer\"}")
                .send();

        assertThat(response.status()).isEqualTo(201);
        String id = response.text("unique_id");
        assertThat(response.header("Location")).contains("/api/v1/sequences/" + id);
        assertThat(response.object("sequence"))
                .containsEntry("status", "published")
                .containsEntry("name", "June ride")
                .containsEntry("mapillary_sequence_key", "june")
                .containsEntry("tags", List.of("summer"));
    }

    @Test
    void theOneStepImportRefusesWithoutAConnectionATakenKeyOrBadFieldsAndStoresNothing() {
        fixtures.onMapillary(alice, "june", GeoPoint.of(0, 0));
        fixtures.published(alice, b -> b.key("taken"));
        StoreState before = StoreState.of(running.stores);
        String form = "sequence_key=june&name=x&transport_type=Walk";

        assertProblem(
                client.post("/api/v1/sequence/import").bearer(token).form(form).send(), 409, "mapillary_not_connected");
        StoreState.assertUnchangedSince(before, running.stores);
        connect();
        before = StoreState.of(running.stores);
        assertProblem(
                client.post("/api/v1/sequence/import")
                        .bearer(token)
                        .form("sequence_key=taken&name=x&transport_type=Walk")
                        .send(),
                409,
                "conflict");
        assertFieldProblem(
                client.post("/api/v1/sequence/import")
                        .bearer(token)
                        .form("sequence_key=a%20b&transport_type=Jetpack")
                        .send(),
                400,
                "validation_failed",
                "sequence_key",
                "name",
                "transport_type");
        StoreState.assertUnchangedSince(before, running.stores);
    }
}
