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
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** The global leaderboards: photos, distance and viewpoints, their filters and periods, global ranks across pages. */
class LeaderboardsHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final User carol = running.user("carol");
    private final Sequence walk = fixtures.published(alice);
    private final Sequence carolsWalk = fixtures.published(
            carol,
            b -> b.capturedAt(Instant.parse("2024-05-20T10:00:00Z"))
                    .points(GeoPoint.of(1, 0), GeoPoint.of(1, 0.5), GeoPoint.of(1, 1)));

    LeaderboardsHttpTest() {
        fixtures.published(
                bob,
                b -> b.transport(TransportType.BICYCLE)
                        .camera("Insta360", "ONE X2")
                        .capturedAt(Instant.parse("2023-07-10T07:00:00Z"))
                        .points(GeoPoint.of(10, 50), GeoPoint.of(10.1, 50)));
        fixtures.published(
                bob,
                b -> b.transport(TransportType.KAYAK)
                        .capturedAt(Instant.parse("2024-06-15T09:00:00Z"))
                        .points(GeoPoint.of(5, 5), GeoPoint.of(5, 6)));
        fixtures.draft(alice);
        running.platform.services.viewpoints.mark(
                bob.id(), walk.id(), walk.photos().get(0).key());
        running.platform.services.viewpoints.mark(
                bob.id(), walk.id(), walk.photos().get(1).key());
        running.platform.services.viewpoints.mark(
                carol.id(), walk.id(), walk.photos().get(0).key());
        running.platform.services.viewpoints.mark(
                alice.id(), carolsWalk.id(), carolsWalk.photos().get(2).key());
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse board(String metricAndQuery) {
        String path = "/api/v1/leaderboards/" + metricAndQuery;
        return client.get(path + (path.contains("?") ? "&" : "?") + "client_id=uploader")
                .send();
    }

    private List<Object> column(ApiResponse response, String member) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.column(member, "items");
    }

    @Test
    void photosRankGloballyWithTiesSharingARankListedByUsername() {
        ApiResponse response = board("photos");

        assertThat(column(response, "username")).containsExactly("bob", "alice", "carol");
        assertThat(column(response, "rank")).containsExactly(1.0, 2.0, 2.0);
        assertThat(response.object("items", 0))
                .isEqualTo(Map.of(
                        "rank", 1.0, "username", "bob", "photos", 4.0, "distance_km", 118.342, "viewpoints", 0.0));
    }

    @Test
    void distanceAndViewpointsRankByTheirOwnFigure() {
        assertThat(column(board("distance"), "username")).containsExactly("alice", "bob", "carol");
        assertThat(column(board("distance"), "distance_km")).containsExactly(222.39, 118.342, 111.195);
        ApiResponse viewpoints = board("viewpoints");
        assertThat(column(viewpoints, "username")).containsExactly("alice", "carol");
        assertThat(column(viewpoints, "viewpoints")).containsExactly(3.0, 1.0);
    }

    @Test
    void filtersAndPeriodsNarrowWhatCounts() {
        assertThat(column(board("photos?transport_type=earth"), "username")).containsExactly("alice", "carol", "bob");
        assertThat(column(board("photos?transport_type=Water"), "username")).containsExactly("bob");
        assertThat(column(board("photos?camera_make=INSTA360&camera_model=one%20x2"), "username"))
                .containsExactly("bob");
        assertThat(column(board("photos?period=2023"), "username")).containsExactly("bob");
        assertThat(column(board("photos?period=2024-05"), "username")).containsExactly("alice", "carol");
        assertThat(column(board("photos?period=all"), "username")).containsExactly("bob", "alice", "carol");
        assertThat(column(board("photos?from=2024-05-02&to=2024-06-15"), "username"))
                .containsExactly("carol", "bob");
        assertThat(column(board("photos?to=2024-05-01"), "username")).containsExactly("alice", "bob");
    }

    @Test
    void ranksStayGlobalAcrossPages() {
        ApiResponse first = board("photos?limit=2");
        ApiResponse second = client.get((String) first.at("next")).send();

        assertThat(column(first, "rank")).containsExactly(1.0, 2.0);
        assertThat(first.header("Link")).isPresent();
        assertThat(column(second, "rank")).containsExactly(2.0);
        assertThat(column(second, "username")).containsExactly("carol");
        assertThat(second.at("next")).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "period=2024-13|period",
                "period=24|period",
                "period=last-week|period",
                "period=0000|period",
                "period=2024&from=2024-01-01|period",
                "from=2024-02-30|from",
                "transport_type=Teleport|transport_type",
                "camera_model=%20|camera_model"
            })
    void anInvalidFilterIsA400NamingIt(String query, String field) {
        assertFieldProblem(board("photos?" + query), 400, "validation_failed", field);
    }

    @Test
    void anUnknownBoardIsA404() {
        assertProblem(board("likes"), 404, "not_found");
    }
}
