package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.user.User;

/**
 * The failures every feature route (sequences to challenges) shares, route by route: no client, a bad or revoked token,
 * a token without the scope, another user's resource, a body that is not JSON or is too large, an unknown id. Each is
 * refused with its status and problem body, and no store changes. One server serves the whole table, which works
 * because every request here must leave it as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteFailuresHttpTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-00000000dead";
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final Sequence sequence = fixtures.published(alice);
    private final String tour = running.platform
            .services
            .tours
            .create(new CreateTourUseCase.Command(
                    alice.id(), TourDetails.of("Tour", null, null), List.of(sequence.id())))
            .tour()
            .id()
            .toString();
    private final String challenge = running.platform
            .services
            .challenges
            .create(new CreateChallengeUseCase.Command(
                    alice.id(),
                    "Challenge",
                    null,
                    TestAreas.rectangle(0, 0, 1, 1),
                    TimeRange.of(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")),
                    null,
                    null,
                    ChallengeMetric.PHOTOS))
            .challenge()
            .id()
            .toString();
    private final String photo = sequence.photos().get(0).key().value();

    /** A route of the table: its access, a valid body when it takes one, and whether it names an owned item. */
    record Route(String method, String template, String access, String body, boolean owned) {

        String path(String sequence, String tour, String challenge, String photo) {
            return template.replace("{seq}", sequence)
                    .replace("{tour}", tour)
                    .replace("{challenge}", challenge)
                    .replace("{photo}", photo);
        }

        boolean hasIds() {
            return template.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Stream<Route> routes() {
        return Stream.of(
                new Route(
                        "POST",
                        "/api/v1/sequence/create",
                        "write",
                        "{\"name\":\"x\",\"transport_type\":\"Walk\"}",
                        false),
                new Route("PUT", "/api/v1/sequence/import/{seq}", "write", "{\"strava\":\"1\"}", true),
                new Route(
                        "POST",
                        "/api/v1/sequence/import",
                        "write",
                        "{\"sequence_key\":\"k\",\"name\":\"x\",\"transport_type\":\"Walk\"}",
                        false),
                new Route("GET", "/api/v1/sequences", "client", null, false),
                new Route("GET", "/api/v1/sequences/{seq}", "client", null, false),
                new Route("PATCH", "/api/v1/sequences/{seq}", "write", "{\"name\":\"y\"}", true),
                new Route("DELETE", "/api/v1/sequences/{seq}", "write", null, true),
                new Route("PUT", "/api/v1/sequences/{seq}/like", "write", null, false),
                new Route("DELETE", "/api/v1/sequences/{seq}/like", "write", null, false),
                new Route("PUT", "/api/v1/sequences/{seq}/photos/{photo}/viewpoint", "write", null, false),
                new Route("DELETE", "/api/v1/sequences/{seq}/photos/{photo}/viewpoint", "write", null, false),
                new Route("POST", "/api/v1/mapillary/token/verify", "write", "{\"mapillary_token\":\"t\"}", false),
                new Route("GET", "/api/v1/mapillary/connect", "write", null, false),
                new Route("GET", "/api/v1/mapillary/sequences?from=2024-01-01&to=2024-01-31", "read", null, false),
                new Route("POST", "/api/v1/tours", "write", "{\"name\":\"t\"}", false),
                new Route("GET", "/api/v1/tours", "client", null, false),
                new Route("GET", "/api/v1/tours/{tour}", "client", null, false),
                new Route("PATCH", "/api/v1/tours/{tour}", "write", "{\"name\":\"u\"}", true),
                new Route("DELETE", "/api/v1/tours/{tour}", "write", null, true),
                new Route("PUT", "/api/v1/tours/{tour}/sequences", "write", "{\"sequences\":[]}", true),
                new Route(
                        "POST", "/api/v1/tours/{tour}/sequences", "write", "{\"sequence\":\"" + UNKNOWN + "\"}", true),
                new Route("DELETE", "/api/v1/tours/{tour}/sequences/{seq}", "write", null, true),
                new Route("PUT", "/api/v1/tours/{tour}/like", "write", null, false),
                new Route("DELETE", "/api/v1/tours/{tour}/like", "write", null, false),
                new Route("GET", "/api/v1/leaderboards/photos", "client", null, false),
                new Route(
                        "POST",
                        "/api/v1/challenges",
                        "write",
                        "{\"name\":\"c\",\"area\":{\"type\":\"Polygon\","
                                + "\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]},\"start\":\"2024-01-01\",\"end\":\"2024-01-02\"}",
                        false),
                new Route("GET", "/api/v1/challenges", "client", null, false),
                new Route("GET", "/api/v1/challenges/{challenge}", "client", null, false),
                new Route("PATCH", "/api/v1/challenges/{challenge}", "write", "{\"name\":\"d\"}", true),
                new Route("DELETE", "/api/v1/challenges/{challenge}", "write", null, true),
                new Route("GET", "/api/v1/challenges/{challenge}/leaderboard", "client", null, false));
    }

    static Stream<Route> signedInRoutes() {
        return routes().filter(route -> !route.access().equals("client"));
    }

    static Stream<Route> bodyRoutes() {
        return routes().filter(route -> route.body() != null);
    }

    static Stream<Route> idRoutes() {
        return routes().filter(Route::hasIds);
    }

    static Stream<Route> ownedRoutes() {
        return routes().filter(Route::owned);
    }

    @AfterAll
    void stop() {
        running.close();
    }

    private ApiClient.Call call(Route route) {
        return call(route, route.path(sequence.id().toString(), tour, challenge, photo));
    }

    private ApiClient.Call call(Route route, String path) {
        ApiClient.Call call = client.method(route.method(), path);
        return route.body() == null ? call : call.json(route.body());
    }

    private void assertRefused(ApiClient.Call call, int status, String code) {
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = call.send();

        assertProblem(response, status, code);
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withoutAClientEveryRouteIsA401InvalidClient(Route route) {
        assertRefused(call(route), 401, "invalid_client");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anUnknownTokenIsA401InvalidTokenEvenWithAClientId(Route route) {
        String path = route.path(sequence.id().toString(), tour, challenge, photo);
        String withClient = path + (path.contains("?") ? "&" : "?") + "client_id=uploader";
        assertRefused(call(route, withClient).bearer("A".repeat(43)), 401, "invalid_token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInRoutes")
    void aRevokedTokenIsA401OnItsVeryNextRequest(Route route) {
        String token = running.token(alice);
        assertThat(client.post("/api/v1/oauth/revoke")
                        .form(ApiClient.form("token", token, "client_id", "uploader"))
                        .send()
                        .status())
                .isEqualTo(200);

        assertRefused(call(route).bearer(token), 401, "invalid_token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInRoutes")
    void aTokenWithoutTheRoutesScopeIsA403(Route route) {
        String other = route.access().equals("write") ? "read" : "write";
        assertRefused(call(route).bearer(running.token(alice, other)), 403, "insufficient_scope");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownedRoutes")
    void anotherUsersItemIsA403(Route route) {
        assertRefused(call(route).bearer(running.token(bob)), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyRoutes")
    void aBodyThatIsNotJsonIsA400(Route route) {
        assertRefused(call(route).bearer(running.token(alice)).json("{\"name\": \"x\",}"), 400, "malformed_body");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyRoutes")
    void anOversizedBodyIsA413(Route route) {
        String big = "{\"name\":\"" + "x".repeat((int) RunningApi.MAX_BODY_BYTES) + "\"}";
        assertRefused(
                call(route).bearer(running.token(alice)).body(big.getBytes(StandardCharsets.UTF_8), "application/json"),
                413,
                "payload_too_large");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idRoutes")
    void anUnknownIdIsA404(Route route) {
        String path = route.path(UNKNOWN, UNKNOWN, UNKNOWN, photo);
        assertRefused(call(route, path).bearer(running.token(alice)), 404, "not_found");
    }
}
