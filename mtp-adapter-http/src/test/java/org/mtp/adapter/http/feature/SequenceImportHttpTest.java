package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceStatus;
import org.mtp.domain.user.User;

/** The uploader's PUT on a draft: ownership, Mapillary ownership, key conflicts and every Mapillary failure. */
class SequenceImportHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final String aliceToken = running.token(alice);
    private final MapillaryToken aliceMly = fixtures.mapillaryAccount(alice);

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse put(Sequence sequence, String json) {
        return client.put("/api/v1/sequence/import/" + sequence.id())
                .bearer(aliceToken)
                .json(json)
                .send();
    }

    private static String attach(MapillaryToken token, String key) {
        return "{\"mapillary_user_token\":\"" + token.reveal() + "\",\"mapillary_sequence_key\":\"" + key + "\"}";
    }

    private void assertRefused(ApiResponse response, int status, String code, StoreState before) {
        assertProblem(response, status, code);
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void aKeyAndTokenPublishTheDraftWithItsPhotosInCaptureOrder() {
        Sequence draft = fixtures.draft(alice);
        fixtures.onMapillary(alice, "k1", GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2));

        ApiResponse response = put(draft, attach(aliceMly, "k1"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("message")).contains("published from Mapillary sequence k1");
        assertThat(response.object("sequence"))
                .containsEntry("status", "published")
                .containsEntry("mapillary_sequence_key", "k1")
                .containsEntry("distance_km", 222.39)
                .containsEntry("photo_count", 3.0)
                .containsEntry("captured_at", "2024-05-01T08:00:00.000Z")
                .containsEntry("imported_at", "2025-03-01T09:00:00.000Z");
        Sequence stored = running.stores
                .unitOfWork
                .inTransaction(() -> running.stores.sequences.findById(draft.id()))
                .orElseThrow();
        assertThat(stored.status()).isEqualTo(SequenceStatus.PUBLISHED);
        assertThat(stored.photos()).extracting(photo -> photo.key().value()).containsExactly("k1-0", "k1-1", "k1-2");
    }

    @Test
    void onlyTheOwnerMayPutAndSomeoneElsesDraftDoesNotExistForThem() {
        Sequence published = fixtures.published(bob);
        Sequence draft = fixtures.draft(bob);
        StoreState before = StoreState.of(running.stores);

        assertRefused(put(published, "{\"strava\":\"1\"}"), 403, "forbidden", before);
        assertRefused(put(draft, "{\"strava\":\"1\"}"), 404, "not_found", before);
    }

    @Test
    void aMapillarySequenceOfAnotherMapillaryAccountIsA403() {
        Sequence draft = fixtures.draft(alice);
        fixtures.onMapillary(bob, "bobs", GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        StoreState before = StoreState.of(running.stores);

        assertRefused(put(draft, attach(aliceMly, "bobs")), 403, "mapillary_sequence_not_owned", before);
    }

    @Test
    void aKeyAnotherSequenceHoldsIsA409AndSoIsAnotherKeyOnAPublishedSequence() {
        Sequence holder = fixtures.published(alice, b -> b.key("taken"));
        Sequence draft = fixtures.draft(alice);
        fixtures.onMapillary(alice, "other", GeoPoint.of(0, 0));
        StoreState before = StoreState.of(running.stores);

        assertRefused(put(draft, attach(aliceMly, "taken")), 409, "conflict", before);
        assertRefused(put(holder, attach(aliceMly, "other")), 409, "conflict", before);
    }

    @Test
    void theSameKeyAgainIsA200ThatChangesNothing() {
        Sequence published = fixtures.published(alice, b -> b.key("mine"));
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = put(published, attach(aliceMly, "mine"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("message")).contains("nothing changed");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void anUnknownMapillarySequenceOrAnUnknownTokenIsA422() {
        Sequence draft = fixtures.draft(alice);
        fixtures.onMapillary(alice, "k1", GeoPoint.of(0, 0));
        StoreState before = StoreState.of(running.stores);

        assertRefused(put(draft, attach(aliceMly, "nope")), 422, "mapillary_sequence_not_found", before);
        fixtures.mapillary().revoke(aliceMly);
        assertRefused(put(draft, attach(aliceMly, "k1")), 422, "mapillary_token_invalid", before);
    }

    static Stream<Arguments> mapillaryFailures() {
        return Stream.of(
                Arguments.of(
                        new MapillaryException.RateLimited("slow down", Duration.ofMillis(30_200)),
                        503,
                        "mapillary_rate_limited"),
                Arguments.of(
                        new MapillaryException.Unavailable("HTTP 500 three times", null), 502, "mapillary_unavailable"),
                Arguments.of(
                        new MapillaryException.MalformedResponse("not JSON", null),
                        502,
                        "mapillary_malformed_response"),
                Arguments.of(new MapillaryException.Timeout("read timed out", null), 504, "mapillary_timeout"));
    }

    @ParameterizedTest
    @MethodSource("mapillaryFailures")
    void mapillaryFailingAnswersAGatewayStatusWithoutItsOwnWordsAndChangesNothing(
            MapillaryException failure, int status, String code) {
        Sequence draft = fixtures.draft(alice);
        fixtures.onMapillary(alice, "k1", GeoPoint.of(0, 0));
        fixtures.mapillary().failNextWith(failure);
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = put(draft, attach(aliceMly, "k1"));

        assertRefused(response, status, code, before);
        assertThat(response.body()).doesNotContain(failure.getMessage());
        if (status == 503) {
            assertThat(response.header("Retry-After")).contains("31");
        }
    }

    @Test
    void theDailyImportLimitIsA429WithRetryAfterTheSecondsToTheNextUtcMidnight() {
        try (RunningApi limited = RunningApi.startWithDailyImportLimit(1)) {
            FeatureFixtures world = new FeatureFixtures(limited);
            User carol = limited.user("carol");
            String token = limited.token(carol);
            MapillaryToken mly = world.mapillaryAccount(carol);
            world.onMapillary(carol, "first", GeoPoint.of(0, 0));
            world.onMapillary(carol, "second", GeoPoint.of(1, 0));
            Sequence one = world.draft(carol);
            Sequence two = world.draft(carol);
            assertThat(limited.client
                            .put("/api/v1/sequence/import/" + one.id())
                            .bearer(token)
                            .json(attach(mly, "first"))
                            .send()
                            .status())
                    .isEqualTo(200);
            StoreState before = StoreState.of(limited.stores);

            ApiResponse response = limited.client
                    .put("/api/v1/sequence/import/" + two.id())
                    .bearer(token)
                    .json(attach(mly, "second"))
                    .send();

            assertProblem(response, 429, "import_limit_reached");
            assertThat(response.header("Retry-After"))
                    .contains(Long.toString(Duration.ofHours(15).toSeconds()));
            StoreState.assertUnchangedSince(before, limited.stores);
        }
    }

    @Test
    void aKeyWithoutItsTokenOrBothNamesOfOneFieldAreA400NamingTheField() {
        Sequence draft = fixtures.draft(alice);
        StoreState before = StoreState.of(running.stores);

        assertFieldProblem(put(draft, "{\"seq_key\":\"k1\"}"), 400, "validation_failed", "mapillary_user_token");
        assertFieldProblem(
                put(draft, "{\"seq_key\":\"k1\",\"mapillary_sequence_key\":\"k1\",\"token\":\"t\"}"),
                400,
                "validation_failed",
                "mapillary_sequence_key");
        assertFieldProblem(put(draft, "{}"), 400, "validation_failed", "mapillary_sequence_key");
        assertFieldProblem(
                put(draft, "{\"seq_key\":\"no spaces allowed\",\"token\":\"t\"}"), 400, "validation_failed", "seq_key");
        assertFieldProblem(put(draft, "{\"strava\":12}"), 400, "validation_failed", "strava");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void linksAloneAreSavedOnADraftAndReplaceOnlyWhatCame() {
        Sequence draft = fixtures.draft(alice);

        put(draft, "{\"google_street_view\":\"https://goo.gl/maps/1\",\"strava\":\"5\"}");
        ApiResponse response = put(draft, "{\"strava\":\"6\"}");

        assertThat(response.text("message")).isEqualTo("links saved");
        assertThat(response.object("sequence"))
                .containsEntry("google_street_view", "https://goo.gl/maps/1")
                .containsEntry("strava", "6")
                .containsEntry("status", "draft");
    }

    @Test
    void aMalformedUniqueIdIsA404() {
        assertProblem(
                client.put("/api/v1/sequence/import/not-an-id/")
                        .bearer(aliceToken)
                        .json("{\"strava\":\"1\"}")
                        .send(),
                404,
                "not_found");
    }
}
