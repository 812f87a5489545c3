package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RawHttp;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceStatus;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/**
 * The requests of the desktop uploader and the seed's curl examples ({@code uploader-requests.http}, seed 003),
 * replayed byte for byte over a plain socket; only the values in angle brackets there are filled in, and each request
 * gets the {@code Content-Length} its client computes.
 */
class UploaderCompatibilityHttpTest {

    private final RunningApi running = RunningApi.start();
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final RawHttp raw = new RawHttp(running.api.port(), RunningApi.contract());
    private final User alice = running.user("alice");
    private final String token = running.token(alice);
    private final String host = "Host: localhost:" + running.api.port();

    @AfterEach
    void stop() {
        running.close();
    }

    /** uploader-requests.http #1: the uploader's create, urlencoded by qs.stringify, with a trailing slash. */
    private ApiResponse uploaderCreate() {
        return raw.send(RawHttp.withLength(
                List.of(
                        "POST /api/v1/sequence/create/ HTTP/1.1",
                        host,
                        "Accept: application/json, text/plain, */*",
                        "Content-Type: application/x-www-form-urlencoded",
                        "Authorization: Bearer " + token,
                        "User-Agent: axios/0.21.1"),
                ("name=Morning%20ride%20Part%201&description=Along%20the%20canal&transport_type=Bicycle&tag=forest%2Ccoast"
                                + "&source=mtpdu")
                        .getBytes(StandardCharsets.US_ASCII)));
    }

    /** uploader-requests.http #2 to #4: the uploader's PUTs, JSON, trailing slash. */
    private ApiResponse uploaderPut(String uniqueId, String json) {
        return raw.send(RawHttp.withLength(
                List.of(
                        "PUT /api/v1/sequence/import/" + uniqueId + "/ HTTP/1.1",
                        host,
                        "Accept: application/json, text/plain, */*",
                        "Content-Type: application/json",
                        "Authorization: Bearer " + token,
                        "User-Agent: axios/0.21.1"),
                json.getBytes(StandardCharsets.UTF_8)));
    }

    private Sequence stored(String uniqueId) {
        SequenceId id = SequenceId.parse("id", uniqueId);
        return running.stores
                .unitOfWork
                .inTransaction(() -> running.stores.sequences.findById(id))
                .orElseThrow();
    }

    @Test
    void theUploadersCreateMakesADraftAndAnswersTheUniqueIdWithoutAnErrorMember() {
        ApiResponse response = uploaderCreate();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).containsEntry("status", "success").doesNotContainKey("error");
        String uniqueId = response.text("unique_id");
        assertThat(response.header("Location")).contains("/api/v1/sequences/" + uniqueId);
        Sequence draft = stored(uniqueId);
        assertThat(draft.status()).isEqualTo(SequenceStatus.DRAFT);
        assertThat(draft.owner()).isEqualTo(alice.id());
        assertThat(draft.details().name()).isEqualTo("Morning ride Part 1");
        assertThat(draft.details().description()).isEqualTo("Along the canal");
        assertThat(draft.details().transportType()).isEqualTo(TransportType.BICYCLE);
        assertThat(draft.details().tags().names()).containsExactly("forest", "coast");
    }

    @Test
    void theUploadersThreePutsArriveSeparatelyInItsOrderAndRepeatedWithoutHarm() {
        String uniqueId = uploaderCreate().text("unique_id");
        MapillaryToken mlyToken = fixtures.mapillaryAccount(alice);
        MapillarySequence onMapillary = fixtures.onMapillary(alice, "mly-seq-1", GeoPoint.of(0, 0), GeoPoint.of(0, 1));

        ApiResponse streetView = uploaderPut(uniqueId, "{\"google_street_view\":\"https://goo.gl/maps/abc123\"}");
        assertThat(streetView.status()).isEqualTo(200);
        assertThat(streetView.json())
                .containsEntry("status", "success")
                .containsEntry("unique_id", uniqueId)
                .doesNotContainKey("error");
        assertThat(streetView.at("sequence", "status")).isEqualTo("draft");
        assertThat(stored(uniqueId).links().googleStreetView()).isEqualTo("https://goo.gl/maps/abc123");

        String attach = "{\"mapillary_user_token\":\"" + mlyToken.reveal() + "\",\"mapillary_sequence_key\":\""
                + onMapillary.key() + "\"}";
        ApiResponse published = uploaderPut(uniqueId, attach);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.at("sequence", "status")).isEqualTo("published");
        assertThat(published.at("sequence", "photo_count")).isEqualTo(2.0);
        assertThat(published.at("sequence", "google_street_view")).isEqualTo("https://goo.gl/maps/abc123");
        assertThat(published.body()).doesNotContain(mlyToken.reveal());

        ApiResponse strava = uploaderPut(uniqueId, "{\"strava\":\"9876543210\"}");
        assertThat(strava.status()).isEqualTo(200);
        assertThat(strava.at("sequence", "strava")).isEqualTo("9876543210");

        StoreState before = StoreState.of(running.stores);
        ApiResponse again = uploaderPut(uniqueId, attach);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("message")).contains("nothing changed");
        StoreState.assertUnchangedSince(before, running.stores);
        Sequence sequence = stored(uniqueId);
        assertThat(sequence.status()).isEqualTo(SequenceStatus.PUBLISHED);
        assertThat(sequence.links().stravaActivity()).contains("9876543210");
        assertThat(sequence.mapillaryKey()).contains(onMapillary.key());
    }

    @Test
    void theStravaLinkMayComeBeforeTheMapillaryKey() {
        String uniqueId = uploaderCreate().text("unique_id");

        assertThat(uploaderPut(uniqueId, "{\"strava\":\"12\"}").status()).isEqualTo(200);

        assertThat(stored(uniqueId).links().strava()).isEqualTo("12");
        assertThat(stored(uniqueId).status()).isEqualTo(SequenceStatus.DRAFT);
    }

    @Test
    void anUploaderPutWithABadMapillaryTokenIsA422WithAnErrorMemberAndNeverA401() {
        String uniqueId = uploaderCreate().text("unique_id");
        fixtures.onMapillary(alice, "mly-seq-1", GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = uploaderPut(
                uniqueId, "{\"mapillary_user_token\":\"not-a-token\",\"mapillary_sequence_key\":\"mly-seq-1\"}");

        assertProblem(response, 422, "mapillary_token_invalid");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    /** uploader-requests.http #8: the seed's {@code curl --form} create, multipart/form-data. */
    @Test
    void theSeedsMultipartCreateMakesADraft() {
        String boundary = "------------------------4ebf00fbcf09";
        String body = String.join(
                "\r\n",
                "--" + boundary,
                "Content-Disposition: form-data; name=\"name\"",
                "",
                "Lakeside loop",
                "--" + boundary,
                "Content-Disposition: form-data; name=\"description\"",
                "",
                "Two laps",
                "--" + boundary,
                "Content-Disposition: form-data; name=\"transport_type\"",
                "",
                "Kayak",
                "--" + boundary,
                "Content-Disposition: form-data; name=\"tag\"",
                "",
                "lake,summer",
                "--" + boundary + "--",
                "");

        ApiResponse response = raw.send(RawHttp.withLength(
                List.of(
                        "POST /api/v1/sequence/create HTTP/1.1",
                        host,
                        "User-Agent: curl/7.88.1",
                        "Accept: */*",
                        "Authorization: Bearer " + token,
                        "Content-Type: multipart/form-data; boundary=" + boundary),
                body.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(201);
        Sequence draft = stored(response.text("unique_id"));
        assertThat(draft.details().name()).isEqualTo("Lakeside loop");
        assertThat(draft.details().transportType()).isEqualTo(TransportType.KAYAK);
        assertThat(draft.details().tags().names()).containsExactly("lake", "summer");
    }

    /** uploader-requests.http #9: the seed's PUT, JSON under curl's default form content type, seq_key and token. */
    @Test
    void theSeedsPutWithSeqKeyAndTokenAsJsonUnderAFormTypePublishes() {
        Sequence draft = fixtures.draft(alice);
        MapillaryToken seedToken = MapillaryToken.of("8877fhsjjsggdnns0");
        fixtures.mapillary().addUser(FeatureFixtures.mapillaryUserOf(alice), seedToken);
        fixtures.onMapillary(TestSequences.aSequence()
                .owner(alice.id())
                .key("jf98fhhs76gggehfjs8")
                .mapillary());
        String body = "{\n    \"seq_key\": \"jf98fhhs76gggehfjs8\",\n    \"token\": \"8877fhsjjsggdnns0\"\n}";

        ApiResponse response = raw.send(RawHttp.withLength(
                List.of(
                        "PUT /api/v1/sequence/import/" + draft.id() + " HTTP/1.1",
                        host,
                        "User-Agent: curl/7.88.1",
                        "Accept: */*",
                        "Authorization: Bearer " + token,
                        "Content-Type: application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("unique_id", draft.id().toString());
        assertThat(stored(draft.id().toString()).mapillaryKey().map(Object::toString))
                .contains("jf98fhhs76gggehfjs8");
    }

    /** uploader-requests.http #7: the seed's authorize request, with the seed's client id registered. */
    @Test
    void theSeedsAuthorizeRequestShowsTheSignInPage() {
        running.accounts.client("98fgjsjduf89388", ClientType.PUBLIC, RunningApi.UPLOADER_REDIRECT);

        ApiResponse response = raw.send(RawHttp.withLength(
                List.of(
                        "GET /api/v1/authorize?client_id=98fgjsjduf89388&response_type=token HTTP/1.1",
                        host,
                        "User-Agent: curl/7.88.1",
                        "Accept: */*"),
                new byte[0]));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
    }

    @Test
    void theSeedsCreateWithoutCredentialsIsA401WithABearerChallenge() {
        StoreState before = StoreState.of(running.stores);

        ApiResponse response = raw.send(RawHttp.withLength(
                List.of(
                        "POST /api/v1/sequence/create HTTP/1.1",
                        host,
                        "User-Agent: curl/7.88.1",
                        "Accept: */*",
                        "Content-Type: application/x-www-form-urlencoded"),
                "name=x&transport_type=Walk".getBytes(StandardCharsets.US_ASCII)));

        assertProblem(response, 401, "invalid_client");
        StoreState.assertUnchangedSince(before, running.stores);
    }
}
