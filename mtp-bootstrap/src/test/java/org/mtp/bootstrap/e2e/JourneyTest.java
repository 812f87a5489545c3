package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;

/**
 * The whole journey over real HTTP against the real service (H2 and PostgreSQL), with Mapillary replaced by the fake
 * server: an operator registers the uploader, people sign up and sign in, upload, like, mark, tour, compete, delete,
 * and the service restarts on the same data with everything still there.
 */
class JourneyTest {

    private static final String UPLOADER = "98fgjsjduf89388";
    private static final MapillaryToken ALICE_MLY = MapillaryToken.of("MLYaliceE2eToken");

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService mtp;

    @AfterEach
    void stop() {
        if (mtp != null) {
            mtp.close();
        }
        mapillary.close();
    }

    @Test
    void onH2(@TempDir Path data) {
        mtp = RunningService.onH2(data, mapillary);
        journey();
    }

    @Test
    void onPostgres(@TempDir Path data) {
        mtp = RunningService.onPostgres(data, mapillary);
        journey();
    }

    private String signUpAndSignIn(ApiClient api, String username) {
        api.post("/api/v1/users?client_id=" + UPLOADER)
                .form(ApiClient.form(
                        "username", username, "email", username + "@example.org", "password", "correct horse"))
                .send(r -> assertThat(r.status()).isEqualTo(201));
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse approved =
                flow.approve(flow.open("client_id=" + UPLOADER + "&response_type=token"), username, "correct horse");
        assertThat(approved.status()).isEqualTo(302);
        String location = approved.header("Location").orElseThrow();
        assertThat(location).startsWith("app.mtp.desktop://app#");
        return AuthorizeFlow.redirectParameters(location, '#').get("access_token");
    }

    private String uploadOne(ApiClient api, String token, MapillarySequence onMapillary, String name) {
        String id = api.post("/api/v1/sequence/create/")
                .bearer(token)
                .form(ApiClient.form(
                        "name",
                        name,
                        "description",
                        "Along the canal",
                        "transport_type",
                        "Bicycle",
                        "tag",
                        "forest,coast",
                        "source",
                        "mtpdu"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        api.put("/api/v1/sequence/import/" + id + "/")
                .bearer(token)
                .json("{\"mapillary_user_token\":\"" + ALICE_MLY.reveal() + "\",\"mapillary_sequence_key\":\""
                        + onMapillary.key().value() + "\"}")
                .send(r -> assertThat(r.status()).isEqualTo(200));
        return id;
    }

    private List<Object> board(ApiClient api, String metric, String column) {
        return api.get("/api/v1/leaderboards/" + metric + "?client_id=" + UPLOADER)
                .send()
                .column(column, "items");
    }

    private void journey() {
        String clientId = mtp.command(
                        "client",
                        "create",
                        "--name",
                        "Desktop uploader",
                        "--redirect-uri",
                        "app.mtp.desktop://app",
                        "--client-id",
                        UPLOADER)
                .value("client_id");
        assertThat(clientId).isEqualTo(UPLOADER);
        ApiClient api = mtp.client();
        String alice = signUpAndSignIn(api, "alice");
        String bob = signUpAndSignIn(api, "bob");

        MapillarySequence ride = TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key("e2eRide0001")
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2))
                .mapillary();
        MapillarySequence walk = TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key("e2eWalk0001")
                .points(GeoPoint.of(5, 5), GeoPoint.of(5, 5.01))
                .mapillary();
        mapillary.addUser(ride.owner(), ALICE_MLY);
        mapillary.addSequence(ride);
        mapillary.addSequence(walk);
        String rideId = uploadOne(api, alice, ride, "Morning ride Part 1");
        String walkId = uploadOne(api, alice, walk, "Evening walk");

        ApiResponse json = api.get("/api/v1/sequences/" + rideId + "?client_id=" + UPLOADER)
                .send();
        assertThat(json.text("status")).isEqualTo("published");
        assertThat(json.at("photo_count")).isEqualTo(3.0);
        assertThat(json.at("distance_km")).isEqualTo(222.39);
        assertThat(json.array("photos")).hasSize(3);
        ApiResponse geo = api.get("/api/v1/sequences/" + rideId + "?client_id=" + UPLOADER)
                .accept("application/geo+json")
                .send();
        assertThat(geo.text("geometry", "type")).isEqualTo("LineString");
        ApiResponse gpx = api.get("/api/v1/sequences/" + rideId + "?client_id=" + UPLOADER)
                .accept("application/gpx+xml")
                .send();
        assertThat(gpx.body()).contains("<gpx").contains("<trkpt");

        String firstPhoto = (String) json.object("photos", 0).get("image_key");
        assertThat(api.put("/api/v1/sequences/" + rideId + "/like")
                        .bearer(bob)
                        .send()
                        .at("like_count"))
                .isEqualTo(1.0);
        assertThat(api.put("/api/v1/sequences/" + rideId + "/photos/" + firstPhoto + "/viewpoint")
                        .bearer(bob)
                        .send()
                        .at("viewpoint_count"))
                .isEqualTo(1.0);

        String tourId = api.post("/api/v1/tours")
                .bearer(alice)
                .json("{\"name\":\"Both\",\"sequences\":[\"" + rideId + "\",\"" + walkId + "\"]}")
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        ApiResponse reordered = api.put("/api/v1/tours/" + tourId + "/sequences")
                .bearer(alice)
                .json("{\"sequences\":[\"" + walkId + "\",\"" + rideId + "\"]}")
                .send();
        assertThat(reordered.column("unique_id", "sequences")).containsExactly(walkId, rideId);

        assertThat(board(api, "photos", "photos")).containsExactly(5.0);
        assertThat(board(api, "viewpoints", "username")).containsExactly("alice");
        assertThat(board(api, "distance", "rank")).containsExactly(1.0);
        String challengeId = api.post("/api/v1/challenges")
                .bearer(bob)
                .json("{\"name\":\"Equator\",\"area\":{\"type\":\"Polygon\",\"coordinates\":[[[-1,-1],[1,-1],[1,1.5],"
                        + "[-1,1.5],[-1,-1]]]},\"start\":\"2000-01-01\",\"end\":\"2100-12-31\",\"metric\":\"photos\"}")
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        ApiResponse challengeBoard = api.get("/api/v1/challenges/" + challengeId + "/leaderboard?client_id=" + UPLOADER)
                .send();
        assertThat(challengeBoard.column("photos", "items")).containsExactly(2.0);
        assertThat(challengeBoard.column("rank", "items")).containsExactly(1.0);

        api.delete("/api/v1/sequences/" + rideId)
                .bearer(alice)
                .send(r -> assertThat(r.status()).isEqualTo(204));
        assertThat(board(api, "photos", "photos")).containsExactly(2.0);
        assertThat(board(api, "viewpoints", "username")).isEmpty();

        mtp.restart();
        ApiClient again = mtp.client();
        assertThat(again.get("/api/v1/sequences/" + walkId + "?client_id=" + UPLOADER)
                        .send()
                        .text("name"))
                .isEqualTo("Evening walk");
        assertThat(again.get("/api/v1/tours/" + tourId + "?client_id=" + UPLOADER)
                        .send()
                        .column("unique_id", "sequences"))
                .containsExactly(walkId);
        assertThat(again.get("/api/v1/me").bearer(alice).send().text("username"))
                .isEqualTo("alice");
        assertThat(board(again, "photos", "photos")).containsExactly(2.0);
        assertThat(Map.of("ready", again.get("/health/ready").send().status())).containsEntry("ready", 200);
    }
}
