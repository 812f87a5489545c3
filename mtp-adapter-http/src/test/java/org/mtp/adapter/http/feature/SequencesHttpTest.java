package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** Creating drafts, reading, merge-patching and deleting sequences, over real HTTP. */
class SequencesHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final String aliceToken = running.token(alice);
    private final String bobToken = running.token(bob);

    @AfterEach
    void stop() {
        running.close();
    }

    private Sequence stored(SequenceId id) {
        return running.stores
                .unitOfWork
                .inTransaction(() -> running.stores.sequences.findById(id))
                .orElseThrow();
    }

    private ApiResponse create(String json) {
        return client.post("/api/v1/sequence/create")
                .bearer(aliceToken)
                .json(json)
                .send();
    }

    @Test
    void aDraftIsCreatedFromJsonWithTagsAsAnArrayAndAParentTransportTypeInAnyCase() {
        ApiResponse response =
                create("{\"name\":\"  Ridge  \",\"transport_type\":\"snow\",\"tags\":[\"Alps\",\"winter\"]}");

        assertThat(response.status()).isEqualTo(201);
        Sequence draft = stored(SequenceId.parse("id", response.text("unique_id")));
        assertThat(draft.details().name()).isEqualTo("Ridge");
        assertThat(draft.details().transportType()).isEqualTo(TransportType.SNOW);
        assertThat(draft.details().tags().names()).containsExactly("alps", "winter");
    }

    @Test
    void everyMissingOrUnknownFieldIsNamedInOneAnswerAndNothingIsStored() {
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = create("{\"transport_type\":\"Hovercraft\",\"tag\":\"ok,not ok\"}");

        assertFieldProblem(response, 400, "validation_failed", "name", "transport_type", "tag");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"x\",\"transport_type\":\"Walk\",\"tag\":\"a\",\"tags\":\"b\"}",
                "{\"name\":\"x\",\"transport_type\":\"Walk\",\"tags\":[1,2]}",
                "{\"name\":5,\"transport_type\":\"Walk\"}",
                "{\"name\":\"   \",\"transport_type\":\"Walk\"}"
            })
    void wrongTypesAndInvalidValuesAreA400AndNothingIsStored(String json) {
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = create(json);

        assertProblem(response, 400, "validation_failed");
        assertThat(response.object("errors")).isNotEmpty();
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void aPublishedSequenceIsReadByAnyClientWithItsPhotosAndViewpoints() {
        Sequence walk = fixtures.published(
                alice,
                b -> b.description("<b>cliffs</b>")
                        .tags("coast")
                        .photos(
                                new Photo(
                                        ImageKey.of("p0"),
                                        GeoPoint.of(0, 0),
                                        CompassAngle.of(90),
                                        TestPhotos.FIRST_SHOT),
                                new Photo(ImageKey.of("p1"), GeoPoint.of(0, 1), null, null)));
        running.platform.services.viewpoints.mark(bob.id(), walk.id(), ImageKey.of("p1"));

        ApiResponse response =
                client.get("/api/v1/sequences/" + walk.id() + "?client_id=web").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .containsEntry("unique_id", walk.id().toString())
                .containsEntry("username", "alice")
                .containsEntry("description", "<b>cliffs</b>")
                .containsEntry("status", "published")
                .containsEntry("photo_count", 2.0)
                .containsEntry("distance_km", 111.195)
                .containsEntry("like_count", 0.0)
                .containsEntry("camera_make", "GoPro")
                .containsEntry("tags", List.of("coast"));
        assertThat(response.at("transport_type")).isEqualTo(Map.of("name", "Walk", "parent", "Earth"));
        assertThat(response.at("photos", 0))
                .isEqualTo(Map.of(
                        "image_key",
                        "p0",
                        "lon",
                        0.0,
                        "lat",
                        0.0,
                        "compass_angle",
                        90.0,
                        "captured_at",
                        "2024-05-01T08:00:00.000Z",
                        "viewpoint_count",
                        0.0));
        assertThat(response.at("photos", 1, "compass_angle")).isNull();
        assertThat(response.at("photos", 1, "captured_at")).isNull();
        assertThat(response.at("photos", 1, "viewpoint_count")).isEqualTo(1.0);
    }

    @Test
    void aParentTransportTypeHasANullParent() {
        Sequence sequence = fixtures.published(alice, b -> b.transport(TransportType.WATER));

        ApiResponse response = client.get("/api/v1/sequences/" + sequence.id())
                .bearer(bobToken)
                .send();

        assertThat(response.object("transport_type"))
                .containsEntry("name", "Water")
                .containsEntry("parent", null);
    }

    @Test
    void aDraftIsReadByItsOwnerOnlyAndIsUnknownToEveryoneElse() {
        Sequence draft = fixtures.draft(alice);
        String path = "/api/v1/sequences/" + draft.id();

        ApiResponse mine = client.get(path).bearer(aliceToken).send();

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json())
                .containsEntry("status", "draft")
                .containsEntry("photo_count", 0.0)
                .containsEntry("captured_at", null)
                .containsEntry("mapillary_sequence_key", null);
        assertThat(mine.at("photos")).isEqualTo(List.of());
        assertProblem(client.get(path).bearer(bobToken).send(), 404, "not_found");
        assertProblem(client.get(path + "?client_id=uploader").send(), 404, "not_found");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"00000000-0000-4000-8000-00000000abcd", "not-a-uuid", "00000000-0000-4000-8000-0000000000000"})
    void anUnknownOrMalformedIdIsA404(String id) {
        assertProblem(
                client.get("/api/v1/sequences/" + id + "?client_id=uploader").send(), 404, "not_found");
    }

    @Test
    void theOwnerMergePatchesNameDescriptionTagsTransportAndLinks() {
        Sequence walk = fixtures.published(alice, b -> b.description("old").tags("a,b"));

        ApiResponse response = client.patch("/api/v1/sequences/" + walk.id())
                .bearer(aliceToken)
                .body(
                        ("{\"name\":\"New name\",\"description\":null,\"tags\":null,\"transport_type\":\"Electric Bicycle\","
                                        + "\"google_street_view\":\"https://goo.gl/maps/x\",\"client_id\":\"uploader\"}")
                                .getBytes(),
                        "application/merge-patch+json")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .containsEntry("name", "New name")
                .containsEntry("description", null)
                .containsEntry("tags", List.of())
                .containsEntry("google_street_view", "https://goo.gl/maps/x");
        assertThat(response.at("photos")).asList().hasSize(3);
        Sequence changed = stored(walk.id());
        assertThat(changed.details().transportType()).isEqualTo(TransportType.ELECTRIC_BICYCLE);
        assertThat(changed.details().description()).isNull();
        assertThat(changed.details().tags().isEmpty()).isTrue();
    }

    @Test
    void aMemberLeftOutStaysAndAFormPatchWorksToo() {
        Sequence walk = fixtures.published(alice, b -> b.description("kept").tags("a"));

        ApiResponse response = client.patch("/api/v1/sequences/" + walk.id())
                .bearer(aliceToken)
                .form(ApiClient.form("tags", "x,y"))
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(stored(walk.id()).details().description()).isEqualTo("kept");
        assertThat(stored(walk.id()).details().tags().names()).containsExactly("x", "y");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":null}",
                "{\"transport_type\":null}",
                "{\"unique_id\":\"x\"}",
                "{\"name\":5}",
                "{\"tags\":{\"a\":1}}",
                "{\"transport_type\":\"Teleport\"}",
                "{\"strava\":\"has space\"}",
                "{\"google_street_view\":\"javascript:alert(1)\"}",
                "{\"name\":\"\"}"
            })
    void anInvalidPatchIsA400NamingTheMemberAndChangesNothing(String patch) {
        Sequence walk = fixtures.published(alice);
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = client.patch("/api/v1/sequences/" + walk.id())
                .bearer(aliceToken)
                .json(patch)
                .send();

        assertProblem(response, 400, "validation_failed");
        String member = patch.substring(2, patch.indexOf('"', 2));
        assertThat(response.object("errors").keySet()).containsExactly(member);
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void anotherUsersSequenceCannotBePatchedOrDeleted() {
        Sequence walk = fixtures.published(alice);
        StoreState before = StoreState.of(running.stores);

        assertProblem(
                client.patch("/api/v1/sequences/" + walk.id())
                        .bearer(bobToken)
                        .json("{\"name\":\"mine\"}")
                        .send(),
                403,
                "forbidden");
        assertProblem(
                client.delete("/api/v1/sequences/" + walk.id()).bearer(bobToken).send(), 403, "forbidden");

        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void theOwnerDeletesASequenceAndItIsGone() {
        Sequence walk = fixtures.published(alice);
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = client.delete("/api/v1/sequences/" + walk.id())
                .bearer(aliceToken)
                .send();

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        StoreState.assertChangedSince(before, running.stores);
        assertProblem(
                client.get("/api/v1/sequences/" + walk.id()).bearer(aliceToken).send(), 404, "not_found");
        assertProblem(
                client.delete("/api/v1/sequences/" + walk.id())
                        .bearer(aliceToken)
                        .send(),
                404,
                "not_found");
    }
}
