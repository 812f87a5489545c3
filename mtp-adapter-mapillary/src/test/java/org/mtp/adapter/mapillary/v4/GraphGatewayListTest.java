package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.time.TimeRange;

/** Listing a user's sequences over v4: paging, the result cap, duplicates, grouping, ordering and filtering. */
class GraphGatewayListTest extends FakeMapillaryTestBase {

    private static final TimeRange MAY =
            TimeRange.of(Instant.parse("2020-05-01T00:00:00Z"), Instant.parse("2020-06-01T00:00:00Z"));

    @Test
    void followsPagingNextToTheLastPage() {
        fake.searchPaging(true).searchCap(5);
        fake.addSequence(
                Synth.sequence("synthSeqKeyPaged000001", Synth.WALKER, Synth.T0, 23, 60_000, 200000000000001L));
        MapillaryGateway gateway = clients(config().withSearchLimit(5)).gateway();

        List<MapillarySequenceSummary> summaries = gateway.listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries)
                .singleElement()
                .satisfies(s -> assertThat(s.photoCount()).isEqualTo(23));
        List<RecordedRequest> searches = fake.requests("/images");
        assertThat(searches).hasSize(5);
        assertThat(searches.subList(1, 5))
                .allSatisfy(r -> assertThat(r.getUrl().queryParameter("after")).isNotNull());
    }

    @Test
    void whenAWindowComesBackFullWithoutPaging_splitsItUntilEveryImageIsIn() {
        fake.searchCap(4);
        // 3 sequences of 7 images spread over the month: any window holding more than 4 is silently truncated.
        fake.addSequence(Synth.sequence(
                "synthSeqKeySplitA00001",
                Synth.WALKER,
                Instant.parse("2020-05-02T00:00:00Z"),
                7,
                3_600_000,
                200000000000001L));
        fake.addSequence(Synth.sequence(
                "synthSeqKeySplitB00001",
                Synth.WALKER,
                Instant.parse("2020-05-15T00:00:00Z"),
                7,
                1_000,
                200000000000101L));
        fake.addSequence(Synth.sequence(
                "synthSeqKeySplitC00001",
                Synth.WALKER,
                Instant.parse("2020-05-31T23:59:50Z"),
                7,
                1_000,
                200000000000201L));
        MapillaryGateway gateway = clients(config().withSearchLimit(4)).gateway();

        List<MapillarySequenceSummary> summaries = gateway.listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries)
                .extracting(s -> s.key().value(), MapillarySequenceSummary::photoCount)
                .containsExactly(
                        Tuple.tuple("synthSeqKeySplitA00001", 7),
                        Tuple.tuple("synthSeqKeySplitB00001", 7),
                        Tuple.tuple("synthSeqKeySplitC00001", 7));
        assertThat(fake.requests("/images"))
                .hasSizeGreaterThan(3)
                .allSatisfy(r -> assertThat(r.getUrl().queryParameter("limit")).isEqualTo("4"));
    }

    @Test
    void aOneSecondWindowThatIsStillFull_isAcceptedAsItIs_andTheSearchEnds() {
        fake.searchCap(2);
        for (int i = 0; i < 3; i++) {
            fake.addImage(
                    Long.toString(200000000000001L + i),
                    "synthSeqKeyBurst000001",
                    Synth.T0,
                    10.0,
                    50.0,
                    0.0,
                    Synth.WALKER,
                    false,
                    "none",
                    "none");
        }
        MapillaryGateway gateway = clients(config().withSearchLimit(2)).gateway();

        List<MapillarySequenceSummary> summaries = gateway.listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries)
                .singleElement()
                .satisfies(s -> assertThat(s.photoCount()).isEqualTo(2));
        assertThat(fake.requests("/images").size()).isBetween(2, 100);
    }

    @Test
    void duplicatesAcrossPagesAndSplitBoundariesAreCountedOnce() {
        fake.duplicateSearchResults(true).searchCap(3);
        fake.addSequence(Synth.sequence("synthSeqKeyDupes000001", Synth.WALKER, Synth.T0, 5, 1_000, 200000000000001L));
        MapillaryGateway gateway = clients(config().withSearchLimit(3)).gateway();

        List<MapillarySequenceSummary> summaries = gateway.listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries)
                .singleElement()
                .satisfies(s -> assertThat(s.photoCount()).isEqualTo(5));
    }

    @Test
    void groupsBySequence_ordersByFirstCapture_andSummarisesEachGroup() {
        fake.addSequence(Synth.sequence(
                "synthSeqKeyLater000001", Synth.WALKER, Synth.T0.plusSeconds(60), 3, 1_000, 200000000000101L));
        fake.addImage(
                "200000000000001",
                "synthSeqKeyEarly000001",
                Synth.T0.plusSeconds(2),
                10.2,
                50.2,
                12.5,
                Synth.WALKER,
                true,
                "none",
                "none");
        fake.addImage(
                "200000000000002",
                "synthSeqKeyEarly000001",
                Synth.T0,
                10.1,
                50.1,
                370.0,
                Synth.WALKER,
                true,
                "GoPro",
                "Max");

        List<MapillarySequenceSummary> summaries =
                clients().gateway().listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries)
                .extracting(s -> s.key().value())
                .containsExactly("synthSeqKeyEarly000001", "synthSeqKeyLater000001");
        MapillarySequenceSummary early = summaries.get(0);
        assertThat(early.capturedAt()).isEqualTo(Synth.T0);
        assertThat(early.photoCount()).isEqualTo(2);
        assertThat(early.firstPoint().lon()).isEqualTo(10.1);
        assertThat(early.firstPoint().lat()).isEqualTo(50.1);
        assertThat(early.cameraMake().name()).isEqualTo("GoPro");
        assertThat(early.cameraModel().name()).isEqualTo("Max");
        assertThat(early.pano()).isTrue();
    }

    @Test
    void imagesOfAnotherAccountUnderTheSameUsername_areDropped() {
        MapillaryUser impostor = new MapillaryUser(MapillaryUserId.of("100000000000999"), Synth.WALKER.username());
        fake.addSequence(Synth.sequence("synthSeqKeyOwn0000001", Synth.WALKER, Synth.T0, 2, 1_000, 200000000000001L));
        fake.addSequence(Synth.sequence("synthSeqKeyOther00001", impostor, Synth.T0, 2, 1_000, 200000000000101L));

        List<MapillarySequenceSummary> summaries =
                clients().gateway().listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries).extracting(s -> s.key().value()).containsExactly("synthSeqKeyOwn0000001");
    }

    @Test
    void unknownMembersAndTheLiteralNoneCameraAreTolerated() {
        fake.unknownFields(true);
        fake.addImage(
                "200000000000001",
                "synthSeqKeyQuirk000001",
                Synth.T0,
                10.0,
                50.0,
                null,
                Synth.WALKER,
                false,
                "none",
                "none");

        List<MapillarySequenceSummary> summaries =
                clients().gateway().listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.cameraMake()).isNull();
            assertThat(s.cameraModel()).isNull();
        });
    }

    @Test
    void aNextPageOnAnotherHost_isRefusedRatherThanSentTheToken() {
        fake.script(
                "/images",
                FakeJson.json(
                        200,
                        Map.of(
                                "data",
                                List.of(),
                                "paging",
                                Map.of("next", "https://elsewhere.example/images?after=x"))));

        assertThatThrownBy(() -> clients().gateway().listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY))
                .isInstanceOf(MapillaryException.MalformedResponse.class)
                .hasMessageContaining("not on the configured Graph host");
    }

    @Test
    void searchesByCreatorUsernameWithTheWindowAndEveryNeededField() {
        clients().gateway().listSequences(Synth.WALKER_TOKEN, Synth.WALKER, MAY);

        RecordedRequest search = fake.requests("/images").get(0);
        assertThat(search.getUrl().queryParameter("creator_username")).isEqualTo("synth_walker");
        assertThat(search.getUrl().queryParameter("start_captured_at")).isEqualTo("2020-05-01T00:00:00Z");
        assertThat(search.getUrl().queryParameter("end_captured_at")).isEqualTo("2020-06-01T00:00:00Z");
        assertThat(search.getUrl().queryParameter("limit")).isEqualTo("2000");
        assertThat(search.getUrl().queryParameter("fields").split(","))
                .contains(
                        "id",
                        "sequence",
                        "captured_at",
                        "geometry",
                        "compass_angle",
                        "is_pano",
                        "make",
                        "model",
                        "creator");
        assertThat(search.getHeaders().get("Authorization")).isEqualTo("OAuth " + Synth.WALKER_TOKEN.reveal());
    }
}
