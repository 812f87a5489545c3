package org.mtp.adapter.mapillary.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.mapillary.ApiVersion;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Fixtures;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.time.TimeRange;

/** The legacy v3 read API: client_id and Bearer on every call, Link pagination, GeoJSON features, v3 errors. */
class V3GatewayTest extends FakeMapillaryTestBase {

    private static final TimeRange MAY =
            TimeRange.of(Instant.parse("2020-05-01T00:00:00Z"), Instant.parse("2020-06-01T00:00:00Z"));
    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("synthSeqKey00000000001");

    private MapillaryGateway gateway(int pageSize) {
        return clients(v3().withV3PageSize(pageSize)).gateway();
    }

    private MapillaryConfig v3() {
        return config().withApiVersion(ApiVersion.V3);
    }

    @Test
    void verifyToken_readsV3Me() {
        assertThat(gateway(1000).verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requests()).singleElement().satisfies(r -> {
            assertThat(r.getUrl().encodedPath()).isEqualTo("/v3/me");
            assertThat(r.getUrl().queryParameter("client_id")).isEqualTo(FakeMapillaryServer.APP_ID);
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + Synth.WALKER_TOKEN.reveal());
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void followsLinkNextToTheLastPage_withPageOrCursorLinks(boolean cursor) {
        fake.v3CursorPaging(cursor);
        for (int i = 0; i < 7; i++) {
            fake.addSequence(Synth.sequence(
                    "synthSeqKeyV3Page00000" + i,
                    Synth.WALKER,
                    Synth.T0.plusSeconds(3600L * i),
                    2 + i,
                    1_000,
                    200000000000001L + 100L * i));
        }

        List<MapillarySequenceSummary> summaries = gateway(2).listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries)
                .hasSize(7)
                .extracting(MapillarySequenceSummary::capturedAt)
                .isSorted();
        assertThat(summaries).extracting(MapillarySequenceSummary::photoCount).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(fake.requests("/v3/sequences")).hasSize(4).allSatisfy(r -> {
            assertThat(r.getUrl().queryParameter("client_id")).isEqualTo(FakeMapillaryServer.APP_ID);
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + Synth.WALKER_TOKEN.reveal());
        });
        assertThat(fake.requests("/v3/sequences").get(0).getUrl().queryParameter("userkeys"))
                .isEqualTo(Synth.WALKER.id().value());
        assertThat(fake.requests("/v3/sequences").get(3).getUrl().queryParameter(cursor ? "_start_key_time" : "page"))
                .isNotNull();
    }

    @Test
    void mapsTheSequenceFeatureFieldByField() {
        fake.script(
                "/v3/sequences/",
                new MockResponse.Builder()
                        .code(200)
                        .setHeader("Content-Type", "application/json")
                        .body(Fixtures.read("v3/sequence-feature.json"))
                        .build());

        MapillarySequence sequence = gateway(1000).fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(sequence.key()).isEqualTo(KEY);
        assertThat(sequence.owner().id().value()).isEqualTo("synthUserKey0000000001");
        assertThat(sequence.owner().username()).isEqualTo("synth_walker");
        assertThat(sequence.cameraMake().name()).isEqualTo("SynthCam");
        assertThat(sequence.cameraModel()).isNull();
        assertThat(sequence.pano()).isTrue();
        assertThat(sequence.capturedAt()).isEqualTo(Instant.parse("2020-05-01T08:00:00.000Z"));
        assertThat(sequence.createdAt()).isEqualTo(Instant.parse("2020-05-02T09:30:15.250Z"));
        assertThat(sequence.photos())
                .extracting(p -> p.key().value())
                .containsExactly("synthImgKey00000000001", "synthImgKey00000000002", "synthImgKey00000000003");
        assertThat(sequence.photos()).extracting(p -> p.point().lon()).containsExactly(10.0001, 10.0002, 10.0003);
        assertThat(sequence.photos()).extracting(p -> p.point().lat()).containsExactly(50.0001, 50.0002, 50.0004);
        assertThat(sequence.photos())
                .extracting(p -> p.angle().orElseThrow().degrees())
                .containsExactly(90.0, 92.5, 359.9);
        assertThat(sequence.photos()).extracting(Photo::capturedAt).containsOnlyNulls();
        assertThat(fake.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.getUrl().encodedPath()).isEqualTo("/v3/sequences/synthSeqKey00000000001"));
    }

    @Test
    void aFeatureWithoutUsername_keepsTheUserKeyAsTheOwnersName() {
        fake.script(
                "/v3/sequences/",
                FakeJson.json(200, FakeJson.readObject(Fixtures.read("v3/sequence-feature-no-username.json"))));

        MapillarySequence sequence = gateway(1000).fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(sequence.owner().username()).isEqualTo("synthUserKey0000000001");
    }

    @Test
    void casThatDoNotRunParallelToTheCoordinates_areMalformed() {
        fake.script(
                "/v3/sequences/",
                FakeJson.json(200, FakeJson.readObject(Fixtures.read("v3/sequence-feature-short-cas.json"))));

        assertThatThrownBy(() -> gateway(1000).fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.MalformedResponse.class)
                .hasMessageContaining("parallel");
    }

    @Test
    void aSequenceServedByTheFake_roundTripsThroughV3() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 4, 1_000, 200000000000001L));

        MapillarySequence sequence = gateway(1000).fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(sequence.owner()).isEqualTo(Synth.WALKER);
        assertThat(sequence.photos()).hasSize(4);
        assertThat(sequence.createdAt()).isEqualTo(Synth.T0.plusSeconds(86_400));
    }

    @Test
    void unauthorizedMessage_isInvalidToken() {
        assertThatThrownBy(() -> gateway(1000).verifyToken(MapillaryToken.of("x")))
                .isInstanceOf(MapillaryException.InvalidToken.class)
                .hasMessageContaining("Unauthorized");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void anUnknownKey_isNotFound() {
        assertThatThrownBy(() -> gateway(1000).fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.NotFound.class);
    }

    @Test
    void a504IsRetried() {
        fake.script("/v3/me", FakeJson.v3Error(504, "Gateway timeout"));

        assertThat(gateway(1000).verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aMessageBodyUnderA2xx_isAFailure() {
        fake.script("/v3/me", FakeJson.json(200, Map.of("message", "Internal server error. Try again later")));

        assertThatThrownBy(() -> gateway(1000).verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.Unavailable.class)
                .hasMessageContaining("Internal server error");
    }
}
