package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.ApiVersion;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryWorld;
import org.mtp.domain.sequence.ImageKey;

/** A thumbnail over v4: the image's signed {@code thumb_256_url} with the app token, then the bytes from the CDN. */
class GraphGatewayThumbnailTest extends FakeMapillaryTestBase {

    private static final ImageKey IMAGE = ImageKey.of("200000000000001");
    private static final MapillaryToken APP = MapillaryToken.of(FakeMapillaryServer.APP_CLIENT_TOKEN);

    private MapillaryGateway gateway() {
        fake.addSequence(Synth.sequence("synthSeqKey00000000001", Synth.WALKER, Synth.T0, 3, 1_000, 200000000000001L));
        return clients().gateway();
    }

    @Test
    void twoRequests_theTokenInTheGraphHeaderOnly_neverInAUrlNorSentToTheCdn() {
        MapillaryThumbnail thumbnail = gateway().fetchThumbnail(APP, IMAGE);

        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        assertThat(thumbnail.bytes()).isEqualTo(MapillaryWorld.syntheticThumbnail(IMAGE));
        List<RecordedRequest> requests = fake.requests();
        assertThat(requests).hasSize(2);
        RecordedRequest entity = requests.get(0);
        assertThat(entity.getUrl().encodedPath()).isEqualTo("/200000000000001");
        assertThat(entity.getUrl().queryParameter("fields")).isEqualTo("thumb_256_url");
        assertThat(entity.getHeaders().get("Authorization")).isEqualTo("OAuth " + FakeMapillaryServer.APP_CLIENT_TOKEN);
        RecordedRequest cdn = requests.get(1);
        assertThat(cdn.getUrl().encodedPath()).isEqualTo("/cdn/thumb256/200000000000001.jpg");
        assertThat(cdn.getHeaders().get("Authorization")).isNull();
        assertThat(requests)
                .allSatisfy(r -> assertThat(r.getUrl().toString())
                        .doesNotContain("access_token")
                        .doesNotContain("fedcba9876543210"));
    }

    @Test
    void everyFetchAsksForAFreshSignedUrl() {
        MapillaryGateway gateway = gateway();

        gateway.fetchThumbnail(APP, IMAGE);
        gateway.fetchThumbnail(APP, IMAGE);

        List<String> signatures = fake.requests("/cdn/").stream()
                .map(r -> r.getUrl().queryParameter("sig"))
                .toList();
        assertThat(signatures).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aCdnThatKeepsFailing_isRetriedToTheBound_thenUnavailable() {
        MapillaryGateway gateway = gateway();
        fake.script("/cdn/", new MockResponse.Builder().code(503).body("busy").build(), 3);

        assertThatThrownBy(() -> gateway.fetchThumbnail(APP, IMAGE)).isInstanceOf(MapillaryException.Unavailable.class);
        assertThat(fake.requests("/cdn/")).hasSize(3);
        assertThat(sleeper.sleeps()).hasSize(2);
    }

    @Test
    void anExpiredSignature_isNotFound_andAnImageWithoutThumbnailToo() {
        MapillaryGateway gateway = gateway();
        fake.script(
                "/cdn/",
                new MockResponse.Builder()
                        .code(403)
                        .body("URL signature expired")
                        .build());

        assertThatThrownBy(() -> gateway.fetchThumbnail(APP, IMAGE)).isInstanceOf(MapillaryException.NotFound.class);

        fake.scriptExact("/200000000000001", FakeJson.json(200, Map.of("id", "200000000000001")));
        assertThatThrownBy(() -> gateway.fetchThumbnail(APP, IMAGE)).isInstanceOf(MapillaryException.NotFound.class);
    }

    @Test
    void anUnknownImage_isNotFound_withoutAskingTheCdn() {
        assertThatThrownBy(() -> gateway().fetchThumbnail(APP, ImageKey.of("299999999999999")))
                .isInstanceOf(MapillaryException.NotFound.class);
        assertThat(fake.requests("/cdn/")).isEmpty();
    }

    @Test
    void somethingOtherThanAnImage_isAMalformedAnswer() {
        MapillaryGateway gateway = gateway();
        fake.script(
                "/cdn/",
                new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "text/html")
                        .body("<html>login</html>")
                        .build());

        assertThatThrownBy(() -> gateway.fetchThumbnail(APP, IMAGE))
                .isInstanceOf(MapillaryException.MalformedResponse.class);
    }

    @Test
    void theV3Gateway_refusesThumbnailsAsUnsupported_withoutARequest() {
        MapillaryGateway v3 = clients(config().withApiVersion(ApiVersion.V3)).gateway();

        assertThatThrownBy(() -> v3.fetchThumbnail(APP, IMAGE)).isInstanceOf(MapillaryException.Unsupported.class);
        assertThat(fake.requestCount()).isZero();
    }
}
