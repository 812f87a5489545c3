package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;

/**
 * Reading a sequence again answers the JSON rendered before only while the stored revision is unchanged: writes made
 * behind this node's back (straight through the services, as another node on the same database would) show at once.
 */
class RepeatReadsHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final Sequence walk = fixtures.published(alice);
    private final String path = "/api/v1/sequences/" + walk.id() + "?client_id=" + RunningApi.WEB;

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aLikeOrAViewpointMadeElsewhereShowsOnTheNextRead_andAnUnchangedSequenceReadsTheSame() {
        Object first = client.get(path).send().json();
        assertThat(client.get(path).send().json()).isEqualTo(first);

        running.platform.services.likes.like(bob.id(), LikeTarget.sequence(walk.id()));
        assertThat(client.get(path).send().at("like_count")).isEqualTo(1.0);

        ImageKey photo = walk.photos().get(0).key();
        running.platform.services.viewpoints.mark(bob.id(), walk.id(), photo);
        assertThat(client.get(path).send().at("photos", 0, "viewpoint_count")).isEqualTo(1.0);

        running.platform.services.likes.unlike(bob.id(), LikeTarget.sequence(walk.id()));
        assertThat(client.get(path).send().at("like_count")).isEqualTo(0.0);
    }

    @Test
    void anEditShowsOnTheNextRead_andADeletedSequenceIsGoneThoughItWasReadBefore() {
        String token = running.token(alice);
        client.get(path).send();

        client.patch("/api/v1/sequences/" + walk.id())
                .bearer(token)
                .body(
                        "{\"name\":\"Harbour at dawn\",\"client_id\":\"uploader\"}".getBytes(),
                        "application/merge-patch+json")
                .send();
        assertThat(client.get(path).send().at("name")).isEqualTo("Harbour at dawn");

        running.platform.services.delete.delete(alice.id(), walk.id());
        assertProblem(client.get(path).send(), 404, "not_found");
    }

    @Test
    void aDraftReadByItsOwnerStaysHiddenFromEveryoneElse() {
        Sequence draft = fixtures.draft(alice);
        String draftPath = "/api/v1/sequences/" + draft.id();

        assertThat(client.get(draftPath).bearer(running.token(alice)).send().at("status"))
                .isEqualTo("draft");

        assertProblem(client.get(draftPath).bearer(running.token(bob)).send(), 404, "not_found");
        assertProblem(client.get(draftPath + "?client_id=" + RunningApi.WEB).send(), 404, "not_found");
    }
}
