package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Photo;

/** Fetching one sequence over v4: /image_ids, then multi-gets of at most 50 ids. */
class GraphGatewayFetchTest extends FakeMapillaryTestBase {

    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("synthSeqKey00000000001");

    @Test
    void aFiveThousandImageSequence_comesWithEveryPhotoInOrder_inOnePlusOnePlusAHundredRequests() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 5_000, 1_000, 200000000000001L));
        MapillaryGateway gateway = clients().gateway();

        gateway.verifyToken(Synth.WALKER_TOKEN);
        MapillarySequence sequence = gateway.fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(sequence.photos()).hasSize(5_000);
        assertThat(sequence.photos()).extracting(Photo::capturedAt).isSorted();
        assertThat(sequence.photos().get(4_999).key().value()).isEqualTo(Long.toString(200000000000001L + 4_999));
        assertThat(sequence.owner()).isEqualTo(Synth.WALKER);
        assertThat(fake.requestCount()).isEqualTo(1 + 1 + 100);
        assertThat(fake.requests("/").stream()
                        .filter(r -> r.getUrl().encodedPath().equals("/")))
                .hasSize(100)
                .allSatisfy(r ->
                        assertThat(r.getUrl().queryParameter("ids").split(",")).hasSizeLessThanOrEqualTo(50));
    }

    @Test
    void eachBatchReportsThePhotosFetchedSoFarOfTheTotal() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 120, 1_000, 200000000000001L));
        List<int[]> reports = new CopyOnWriteArrayList<>();

        clients()
                .gateway()
                .fetchSequence(Synth.WALKER_TOKEN, KEY, (fetched, total) -> reports.add(new int[] {fetched, total}));

        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(120));
        // batches of 50, 50 and 20 arrive in any order: a start, then three distinct sums ending at the total
        assertThat(reports)
                .extracting(r -> r[0])
                .hasSize(4)
                .doesNotHaveDuplicates()
                .contains(0, 120);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "50, 1", "51, 2", "120, 3"})
    void batchesOfTheConfiguredSize(int images, int multiGets) {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, images, 1_000, 200000000000001L));

        clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(fake.requests().stream().filter(r -> r.getUrl().encodedPath().equals("/")))
                .hasSize(multiGets);
    }

    @Test
    void followsImageIdsPaging() {
        fake.imageIdsPageSize(7);
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 20, 1_000, 200000000000001L));

        MapillarySequence sequence = clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(sequence.photos()).hasSize(20);
        assertThat(fake.requests("/image_ids")).hasSize(3);
    }

    @Test
    void mapsEveryPhotoField() {
        fake.addImage(
                "200000000000002",
                KEY.value(),
                Synth.T0.plusSeconds(1),
                10.5,
                50.5,
                -90.0,
                Synth.RIDER,
                true,
                "GoPro",
                "Max");
        fake.addImage("200000000000001", KEY.value(), Synth.T0, 10.25, 50.25, null, Synth.RIDER, true, "GoPro", "Max");

        MapillarySequence sequence = clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(sequence.owner()).isEqualTo(Synth.RIDER);
        assertThat(sequence.cameraMake().name()).isEqualTo("GoPro");
        assertThat(sequence.cameraModel().name()).isEqualTo("Max");
        assertThat(sequence.pano()).isTrue();
        assertThat(sequence.createdAt()).isNull();
        assertThat(sequence.capturedAt()).isEqualTo(Synth.T0);
        Photo first = sequence.photos().get(0);
        assertThat(first.key().value()).isEqualTo("200000000000001");
        assertThat(first.point().lon()).isEqualTo(10.25);
        assertThat(first.point().lat()).isEqualTo(50.25);
        assertThat(first.angle()).isEmpty();
        assertThat(first.capturedAt()).isEqualTo(Synth.T0);
        assertThat(sequence.photos().get(1).angle())
                .hasValueSatisfying(a -> assertThat(a.degrees()).isEqualTo(270.0));
    }

    @Test
    void anEmptyImageIdList_isNotFound_afterOneRequest() {
        assertThatThrownBy(() -> clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.NotFound.class);
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void aMultiGetAnswerMissingAnId_isMalformed() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 2, 1_000, 200000000000001L));
        fake.scriptExact("/", FakeJson.json(200, Map.of()));

        assertThatThrownBy(() -> clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.MalformedResponse.class)
                .hasMessageContaining("lacks image 200000000000001");
    }

    @Test
    void anImageIdOutsideTheKeyAlphabet_isMalformed_beforeAnyMultiGet() {
        fake.scriptExact(
                "/image_ids",
                FakeJson.json(200, Map.of("data", List.of(Map.of("id", "200000000000001&access_token=x")))));

        assertThatThrownBy(() -> clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.MalformedResponse.class)
                .hasMessageContaining("v4 /image_ids");
        assertThat(fake.requests().stream().filter(r -> r.getUrl().encodedPath().equals("/")))
                .isEmpty();
    }

    @Test
    void anImageFiledUnderAnotherId_isMalformed() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 1, 1_000, 200000000000001L));
        Map<String, Object> image = new HashMap<>(Map.of(
                "id",
                "200000000000009",
                "sequence",
                KEY.value(),
                "captured_at",
                Synth.T0.toEpochMilli(),
                "geometry",
                Map.of("type", "Point", "coordinates", List.of(10.0, 50.0))));
        fake.scriptExact("/", FakeJson.json(200, Map.of("200000000000001", image)));

        assertThatThrownBy(() -> clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.MalformedResponse.class)
                .hasMessageContaining("files image 200000000000009 under 200000000000001");
    }

    @Test
    void theMultiGetListsIdsAndFieldsWithPlainCommas_asMapillaryDocumentsIt() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 3, 1_000, 200000000000001L));

        clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        RecordedRequest multiGet = fake.requests().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/"))
                .findFirst()
                .orElseThrow();
        assertThat(multiGet.getUrl().encodedQuery())
                .isEqualTo("ids=200000000000001,200000000000002,200000000000003&fields=" + GraphApi.IMAGE_FIELDS);
    }

    @Test
    void sendsTheSequenceIdAndTheTokenAsOAuth() {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, 3, 1_000, 200000000000001L));

        clients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        RecordedRequest ids = fake.requests("/image_ids").get(0);
        assertThat(ids.getUrl().queryParameter("sequence_id")).isEqualTo(KEY.value());
        assertThat(fake.requests())
                .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
                        .isEqualTo("OAuth " + Synth.WALKER_TOKEN.reveal()));
    }
}
