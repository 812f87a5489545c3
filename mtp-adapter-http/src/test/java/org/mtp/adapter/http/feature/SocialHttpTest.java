package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.User;

/** Likes on sequences and tours, viewpoints on photos: idempotent, counted, refused to owners. */
class SocialHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final User carol = running.user("carol");
    private final Sequence walk = fixtures.published(alice);
    private final String likePath = "/api/v1/sequences/" + walk.id() + "/like";

    @AfterEach
    void stop() {
        running.close();
    }

    private String viewpointPath(Sequence sequence, String imageKey) {
        return "/api/v1/sequences/" + sequence.id() + "/photos/" + imageKey + "/viewpoint";
    }

    private String firstPhoto(Sequence sequence) {
        return sequence.photos().get(0).key().value();
    }

    @Test
    void likingIsIdempotentAndAnswersTheCountAfterwards() {
        String bobToken = running.token(bob);

        assertThat(client.put(likePath).bearer(bobToken).send().json()).isEqualTo(Map.of("like_count", 1.0));
        assertThat(client.put(likePath).bearer(bobToken).send().json()).isEqualTo(Map.of("like_count", 1.0));
        assertThat(client.put(likePath).bearer(running.token(carol)).send().json())
                .isEqualTo(Map.of("like_count", 2.0));
        assertThat(client.delete(likePath).bearer(bobToken).send().json()).isEqualTo(Map.of("like_count", 1.0));
        assertThat(client.delete(likePath).bearer(bobToken).send().json()).isEqualTo(Map.of("like_count", 1.0));
        assertThat(client.get("/api/v1/sequences/" + walk.id())
                        .bearer(bobToken)
                        .send()
                        .at("like_count"))
                .isEqualTo(1.0);
    }

    @Test
    void anOwnerLikingTheirOwnSequenceOrTourIsA403AndNothingChanges() {
        String aliceToken = running.token(alice);
        TourId tour = running.platform
                .services
                .tours
                .create(new CreateTourUseCase.Command(
                        alice.id(), TourDetails.of("Mine", null, Tags.NONE), List.of(walk.id())))
                .tour()
                .id();
        StoreState before = StoreState.of(running.stores);

        assertProblem(client.put(likePath).bearer(aliceToken).send(), 403, "forbidden");
        assertProblem(
                client.put("/api/v1/tours/" + tour + "/like").bearer(aliceToken).send(), 403, "forbidden");
        assertProblem(client.delete(likePath).bearer(aliceToken).send(), 403, "forbidden");

        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void toursAreLikedAndUnlikedLikeSequences() {
        TourId tour = running.platform
                .services
                .tours
                .create(new CreateTourUseCase.Command(alice.id(), TourDetails.of("Coast", null, Tags.NONE), List.of()))
                .tour()
                .id();
        String path = "/api/v1/tours/" + tour + "/like";

        assertThat(client.put(path).bearer(running.token(bob)).send().at("like_count"))
                .isEqualTo(1.0);
        assertThat(client.get("/api/v1/tours/" + tour + "?client_id=web").send().at("like_count"))
                .isEqualTo(1.0);
        assertThat(client.delete(path).bearer(running.token(bob)).send().at("like_count"))
                .isEqualTo(0.0);
    }

    @Test
    void someoneElsesDraftCannotBeLikedAndTheOwnersOwnDraftIsNotPublished() {
        Sequence draft = fixtures.draft(alice);
        StoreState before = StoreState.of(running.stores);

        assertProblem(
                client.put("/api/v1/sequences/" + draft.id() + "/like")
                        .bearer(running.token(bob))
                        .send(),
                404,
                "not_found");
        assertProblem(
                client.put("/api/v1/sequences/" + draft.id() + "/like")
                        .bearer(running.token(alice))
                        .send(),
                409,
                "not_published");
        assertProblem(
                client.put("/api/v1/tours/00000000-0000-4000-8000-00000000abcd/like")
                        .bearer(running.token(bob))
                        .send(),
                404,
                "not_found");

        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void viewpointsAreMarkedOnceByEachUserAndUnmarked() {
        String path = viewpointPath(walk, firstPhoto(walk));

        assertThat(client.put(path).bearer(running.token(bob)).send().json()).isEqualTo(Map.of("viewpoint_count", 1.0));
        assertThat(client.put(path).bearer(running.token(bob)).send().json()).isEqualTo(Map.of("viewpoint_count", 1.0));
        assertThat(client.put(path).bearer(running.token(carol)).send().json())
                .isEqualTo(Map.of("viewpoint_count", 2.0));
        ApiResponse read = client.get("/api/v1/sequences/" + walk.id() + "?client_id=uploader")
                .send();
        assertThat(read.at("photos", 0, "viewpoint_count")).isEqualTo(2.0);
        assertThat(client.delete(path).bearer(running.token(carol)).send().json())
                .isEqualTo(Map.of("viewpoint_count", 1.0));
    }

    @Test
    void theOwnerCannotMarkTheirOwnPhotosAndAnUnknownPhotoIsA404() {
        StoreState before = StoreState.of(running.stores);

        assertProblem(
                client.put(viewpointPath(walk, firstPhoto(walk)))
                        .bearer(running.token(alice))
                        .send(),
                403,
                "forbidden");
        assertProblem(
                client.put(viewpointPath(walk, "no-such-photo"))
                        .bearer(running.token(bob))
                        .send(),
                404,
                "not_found");
        assertProblem(
                client.put(viewpointPath(walk, "bad%20key"))
                        .bearer(running.token(bob))
                        .send(),
                404,
                "not_found");
        assertProblem(
                client.delete(viewpointPath(walk, "no-such-photo"))
                        .bearer(running.token(bob))
                        .send(),
                404,
                "not_found");

        StoreState.assertUnchangedSince(before, running.stores);
    }
}
