package org.mtp.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.RawExchange;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.bootstrap.testing.TableSnapshot;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;

/**
 * Test fixture of the hostile tests: the real service on H2 with the uploader client, a confidential client, alice
 * (owner of a published sequence, a tour and a challenge) and bob, with write and read-only tokens for each.
 */
final class HostileWorld implements AutoCloseable {

    static final String UPLOADER = "98fgjsjduf89388";
    static final String PASSWORD = "correct horse battery";
    static final MapillaryToken ALICE_MLY = MapillaryToken.of("MLYaliceHostileToken42");

    final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    final RunningService mtp;
    final ApiClient api;
    final String otherClient;
    final String otherClientSecret;
    final String alice;
    final String aliceRead;
    final String bob;
    final String bobRead;
    final String aliceOtherClient;
    final String sequenceId;
    final String imageKey;
    final String tourId;
    final String challengeId;

    HostileWorld(Path data) {
        this(data, Map.of());
    }

    HostileWorld(Path data, Map<String, String> settings) {
        RunningService service = RunningService.onH2(data, mapillary);
        settings.forEach(service::with);
        mtp = settings.isEmpty() ? service : service.restart();
        mtp.command(
                "client",
                "create",
                "--name",
                "Desktop uploader",
                "--redirect-uri",
                "app.mtp.desktop://app",
                "--client-id",
                UPLOADER);
        api = mtp.client();
        alice = signUpAndSignIn("alice");
        aliceRead = signIn(UPLOADER, "alice", "read");
        bob = signUpAndSignIn("bob");
        bobRead = signIn(UPLOADER, "bob", "read");
        ApiResponse registered = api.post("/api/v1/clients")
                .bearer(alice)
                .json("{\"name\":\"Web\",\"redirect_uris\":[\"https://web.example/cb\"],\"type\":\"confidential\"}")
                .send(r -> assertThat(r.status()).isEqualTo(201));
        otherClient = registered.text("client_id");
        otherClientSecret = registered.text("client_secret");
        aliceOtherClient = signInWithCode(otherClient, otherClientSecret, "alice");

        MapillarySequence ride = TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key("hostileRide01")
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2))
                .mapillary();
        mapillary.addUser(ride.owner(), ALICE_MLY);
        mapillary.addSequence(ride);
        sequenceId = api.post("/api/v1/sequence/create")
                .bearer(alice)
                .form(ApiClient.form(
                        "name",
                        "Morning ride",
                        "description",
                        "Along the canal",
                        "transport_type",
                        "Bicycle",
                        "tag",
                        "forest,coast"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        api.put("/api/v1/sequence/import/" + sequenceId)
                .bearer(alice)
                .json("{\"token\":\"" + ALICE_MLY.reveal() + "\",\"seq_key\":\"hostileRide01\"}")
                .send(r -> assertThat(r.status()).isEqualTo(200));
        imageKey = (String) api.get("/api/v1/sequences/" + sequenceId + "?client_id=" + UPLOADER)
                .send()
                .object("photos", 0)
                .get("image_key");
        tourId = api.post("/api/v1/tours")
                .bearer(alice)
                .json("{\"name\":\"Tour\",\"sequences\":[\"" + sequenceId + "\"]}")
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        challengeId = api.post("/api/v1/challenges")
                .bearer(alice)
                .json("{\"name\":\"Equator\",\"area\":{\"type\":\"Polygon\",\"coordinates\":[[[-1,-1],[1,-1],[1,1.5],"
                        + "[-1,1.5],[-1,-1]]]},\"start\":\"2000-01-01\",\"end\":\"2100-12-31\",\"metric\":\"photos\"}")
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
    }

    private String signUpAndSignIn(String username) {
        api.post("/api/v1/users?client_id=" + UPLOADER)
                .form(ApiClient.form("username", username, "email", username + "@example.org", "password", PASSWORD))
                .send(r -> assertThat(r.status()).isEqualTo(201));
        return signIn(UPLOADER, username, null);
    }

    String signIn(String clientId, String username, String scope) {
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse approved = flow.approve(
                flow.open("client_id=" + clientId + "&response_type=token" + (scope == null ? "" : "&scope=" + scope)),
                username,
                PASSWORD);
        assertThat(approved.status()).isEqualTo(302);
        String location = approved.header("Location").orElseThrow();
        return AuthorizeFlow.redirectParameters(location, '#').get("access_token");
    }

    private String signInWithCode(String clientId, String secret, String username) {
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse approved =
                flow.approve(flow.open("client_id=" + clientId + "&response_type=code"), username, PASSWORD);
        String code = AuthorizeFlow.redirectParameters(
                        approved.header("Location").orElseThrow(), '?')
                .get("code");
        return api.post("/api/v1/oauth/token")
                .form(ApiClient.form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "client_id",
                        clientId,
                        "client_secret",
                        secret))
                .send(r -> assertThat(r.status()).isEqualTo(200))
                .text("access_token");
    }

    Map<String, List<String>> snapshot() {
        return TableSnapshot.of(mtp.service().persistence().dataSource());
    }

    RawExchange.Answer raw(String method, String target, List<String> headers, byte[] body) {
        return RawExchange.send(mtp.service().port(), method, target, headers, body);
    }

    @Override
    public void close() {
        mtp.close();
        mapillary.close();
    }
}
