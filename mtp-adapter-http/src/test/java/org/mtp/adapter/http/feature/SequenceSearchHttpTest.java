package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** {@code GET /api/v1/sequences}: every filter, every sort, drafts, paging and refused parameters. */
class SequenceSearchHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final User carol = running.user("carol");
    private final Sequence walk =
            fixtures.published(alice, b -> b.name("Coastal walk").tags("coast,cliff"));
    private final Sequence ride = fixtures.published(
            bob,
            b -> b.name("Bike to work")
                    .transport(TransportType.BICYCLE)
                    .tags("commute")
                    .camera("Insta360", "ONE X2")
                    .pano(true)
                    .capturedAt(Instant.parse("2023-07-10T07:00:00Z"))
                    .points(GeoPoint.of(10, 50), GeoPoint.of(10.1, 50)));
    private final Sequence kayak = fixtures.published(
            bob,
            b -> b.name("Kayak trip")
                    .transport(TransportType.KAYAK)
                    .tags("coast")
                    .camera("GoPro", "MAX")
                    .capturedAt(Instant.parse("2024-06-15T09:00:00Z"))
                    .points(GeoPoint.of(5, 5), GeoPoint.of(5, 6)));
    private final Sequence aliceDraft = fixtures.draft(alice, b -> b.name("Alice draft"));
    private final Sequence bobDraft = fixtures.draft(bob, b -> b.name("Bob draft"));

    SequenceSearchHttpTest() {
        running.platform.services.likes.like(alice.id(), LikeTarget.sequence(kayak.id()));
        running.platform.services.likes.like(carol.id(), LikeTarget.sequence(kayak.id()));
        running.platform.services.likes.like(alice.id(), LikeTarget.sequence(ride.id()));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse search(String query) {
        return client.get("/api/v1/sequences?client_id=uploader" + (query.isEmpty() ? "" : "&" + query))
                .send();
    }

    private List<String> ids(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.column("unique_id", "items").stream()
                .map(String.class::cast)
                .toList();
    }

    private List<String> ids(Sequence... sequences) {
        return Arrays.stream(sequences).map(s -> s.id().toString()).toList();
    }

    @Test
    void withoutFiltersEveryPublishedSequenceComesLatestCaptureFirstAndNoDraft() {
        ApiResponse response = search("");

        assertThat(ids(response)).isEqualTo(ids(kayak, walk, ride));
        assertThat(response.at("next")).isNull();
        assertThat(response.header("Link")).isEmpty();
        assertThat(response.object("items", 0)).containsEntry("like_count", 2.0).doesNotContainKey("photos");
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(ids(search("name=WALK"))).isEqualTo(ids(walk));
        assertThat(ids(search("username=BOB"))).isEqualTo(ids(kayak, ride));
        assertThat(ids(search("tags=coast"))).isEqualTo(ids(kayak, walk));
        assertThat(ids(search("tags=coast,CLIFF"))).isEqualTo(ids(walk));
        assertThat(ids(search("tag=commute"))).isEqualTo(ids(ride));
        assertThat(ids(search("transport_type=earth"))).isEqualTo(ids(walk, ride));
        assertThat(ids(search("transport_type=Water%20-%20Kayak"))).isEqualTo(ids(kayak));
        assertThat(ids(search("camera_make=gopro"))).isEqualTo(ids(kayak, walk));
        assertThat(ids(search("camera_model=hero9%20black"))).isEqualTo(ids(walk));
        assertThat(ids(search("pano=true"))).isEqualTo(ids(ride));
        assertThat(ids(search("pano=false"))).isEqualTo(ids(kayak, walk));
        assertThat(ids(search("bbox=9,49,11,51"))).isEqualTo(ids(ride));
    }

    @Test
    void datesAreInclusiveUtcDaysAndInstantsAreExact() {
        assertThat(ids(search("from=2024-05-01&to=2024-05-01"))).isEqualTo(ids(walk));
        assertThat(ids(search("from=2024-01-01"))).isEqualTo(ids(kayak, walk));
        assertThat(ids(search("to=2023-12-31"))).isEqualTo(ids(ride));
        assertThat(ids(search("from=2024-05-01T08:00:00Z&to=2024-05-01T08:00:00.001Z")))
                .isEqualTo(ids(walk));
        assertThat(ids(search("from=2024-05-01T10:00:00%2B02:00&to=2024-05-01T08:00:01Z")))
                .isEqualTo(ids(walk));
        assertThat(ids(search("from=2024-05-01T10:00:00.001%2B02:00"))).isEqualTo(ids(kayak));
    }

    @Test
    void aChallengeFilterKeepsSequencesWithAPhotoThatCounts() {
        String challenge = running.platform
                .services
                .challenges
                .create(new CreateChallengeUseCase.Command(
                        carol.id(),
                        "Islands",
                        null,
                        TestAreas.rectangle(4, 4, 6, 7),
                        TimeRange.of(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")),
                        Set.of(),
                        Set.of(),
                        ChallengeMetric.PHOTOS))
                .challenge()
                .id()
                .toString();

        assertThat(ids(search("challenge=" + challenge))).isEqualTo(ids(kayak));
        assertProblem(search("challenge=00000000-0000-4000-8000-00000000beef"), 404, "not_found");
    }

    @Test
    void theSortsAreDescendingWithTheIdAsTieBreak() {
        assertThat(ids(search("sort=most_likes"))).isEqualTo(ids(kayak, ride, walk));
        assertThat(ids(search("sort=distance"))).isEqualTo(ids(walk, kayak, ride));
        assertThat(ids(search("sort=latest"))).isEqualTo(ids(kayak, walk, ride));
    }

    @Test
    void draftsAreListedOnlyToTheirOwner() {
        ApiResponse mine = client.get("/api/v1/sequences?status=draft")
                .bearer(running.token(alice))
                .send();

        assertThat(ids(mine)).isEqualTo(ids(aliceDraft));
        assertThat(ids(client.get("/api/v1/sequences?status=draft")
                        .bearer(running.token(bob))
                        .send()))
                .isEqualTo(ids(bobDraft));
        assertProblem(search("status=draft"), 401, "unauthorized");
    }

    @Test
    void pagesFollowTheNextLinkThroughEveryItemOnceWithTheFiltersKept() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/sequences?client_id=uploader&limit=1&tags=coast";
        List<String> links = new ArrayList<>();
        while (next != null) {
            ApiResponse page = client.get(next).send();
            seen.addAll(ids(page));
            next = (String) page.at("next");
            page.header("Link").ifPresent(links::add);
        }

        assertThat(seen).isEqualTo(ids(kayak, walk));
        assertThat(links)
                .hasSize(1)
                .allSatisfy(link -> assertThat(link)
                        .endsWith(">; rel=\"next\"")
                        .contains("tags=coast")
                        .contains("limit=1"));
    }

    @Test
    void aCursorOfOneSortDoesNotContinueAnother() {
        String next = (String) search("limit=1&sort=distance").at("next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());

        assertProblem(search("limit=1&sort=latest&cursor=" + cursor), 400, "invalid_cursor");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sort=random|sort",
                "bbox=1,2,3|bbox",
                "bbox=1,2,x,4|bbox",
                "bbox=10,0,5,1|bbox",
                "bbox=0,-91,1,1|bbox",
                "from=2024-13-01|from",
                "from=yesterday|from",
                "to=2024-05-01T10:00:00|to",
                "from=2024-05-02&to=2024-05-01|to",
                "pano=maybe|pano",
                "challenge=not-a-uuid|challenge",
                "transport_type=Teleport|transport_type",
                "status=deleted|status",
                "username=a%20b|username",
                "tags=no%20spaces|tags",
                "limit=0|limit",
                "camera_make=%20|camera_make"
            })
    void anInvalidParameterIsA400NamingIt(String query, String field) {
        assertFieldProblem(search(query), 400, "validation_failed", field);
    }

    @Test
    void aNameLongerThanAnyNameIsA400AndAFilterGivenTwiceToo() {
        assertFieldProblem(search("name=" + "x".repeat(101)), 400, "validation_failed", "name");
        assertProblem(search("name=a&name=b"), 400, "duplicate_parameter");
    }
}
