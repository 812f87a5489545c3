package org.mtp.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;

/**
 * What several nodes on one database see: two services on the same PostgreSQL database, each keeping the sequences'
 * JSON it rendered, and every change made through one node is what the other answers on its very next read (likes,
 * viewpoints, an edit, a deletion), because a kept rendering is answered only after the database has confirmed its
 * revision.
 */
class TwoNodesTest {

    private static final MapillaryToken OWNER_MLY = MapillaryToken.of("MLYownerTwoNodesToken");

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService first;
    private RunningService second;

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        for (RunningService node : new RunningService[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        mapillary.close();
    }

    @Test
    void eachNodeAnswersWhatTheOtherWroteOnItsNextRead_thoughBothKeepWhatTheyRendered() {
        Map<String, String> settings = RunningService.postgresSettings(data, mapillary);
        first = RunningService.on(settings);
        second = RunningService.on(settings);
        String owner = Accounts.withUploader(first).signUpAndSignIn("owner");
        String fan = Accounts.withoutRegistering(second).signUpAndSignIn("fan");
        ApiClient one = first.client();
        ApiClient two = second.client();
        String id = publishedBy(one, owner);
        String path = "/api/v1/sequences/" + id + "?client_id=" + Accounts.UPLOADER;
        String photo = (String) one.get(path).send().at("photos", 0, "image_key");
        assertThat(two.get(path).send().at("like_count")).isEqualTo(0.0);

        two.put("/api/v1/sequences/" + id + "/like")
                .bearer(fan)
                .send(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(one.get(path).send().at("like_count")).isEqualTo(1.0);

        one.put("/api/v1/sequences/" + id + "/photos/" + photo + "/viewpoint")
                .bearer(fan)
                .send(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(two.get(path).send().at("photos", 0, "viewpoint_count")).isEqualTo(1.0);

        two.patch("/api/v1/sequences/" + id)
                .bearer(owner)
                .body(
                        "{\"name\":\"Renamed on the second node\"}".getBytes(StandardCharsets.UTF_8),
                        "application/merge-patch+json")
                .send(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(one.get(path).send().at("name")).isEqualTo("Renamed on the second node");

        one.delete("/api/v1/sequences/" + id)
                .bearer(owner)
                .send(r -> assertThat(r.status()).isEqualTo(204));
        assertProblem(two.get(path).send(), 404, "not_found");
    }

    private String publishedBy(ApiClient api, String owner) {
        mapillary.addUser(TestSequences.mapillaryUserOf(TestUsers.alice()), OWNER_MLY);
        mapillary.addSequence(TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key("twoNodesRide01")
                .mapillary());
        String draft = api.post("/api/v1/sequence/create")
                .bearer(owner)
                .form(ApiClient.form("name", "Shared ride", "transport_type", "Bicycle"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        api.put("/api/v1/sequence/import/" + draft)
                .bearer(owner)
                .json("{\"token\":\"" + OWNER_MLY.reveal() + "\",\"seq_key\":\"twoNodesRide01\"}")
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        return draft;
    }
}
