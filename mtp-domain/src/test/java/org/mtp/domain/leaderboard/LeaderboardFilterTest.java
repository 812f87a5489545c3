package org.mtp.domain.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.domain.TestSequences.aSequence;
import static org.mtp.domain.TestUsers.alice;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;

/** Tests: Which sequences a global board counts: published, transport family, camera, capture period. */
class LeaderboardFilterTest {

    private static LeaderboardFilter transport(TransportType type) {
        return new LeaderboardFilter(type, null, null, null);
    }

    private static LeaderboardFilter make(String make) {
        return new LeaderboardFilter(null, CameraMake.of(make), null, null);
    }

    private static LeaderboardFilter model(String model) {
        return new LeaderboardFilter(null, null, CameraModel.of(model), null);
    }

    private static LeaderboardFilter period(CapturePeriod period) {
        return new LeaderboardFilter(null, null, null, period);
    }

    private static Sequence by(TransportType type) {
        return aSequence().transport(type).build();
    }

    private static Sequence capturedAt(String instant) {
        return aSequence().capturedAt(Instant.parse(instant)).build();
    }

    @Test
    void onlyPublishedSequencesCount() {
        assertThat(LeaderboardFilter.ALL.matches(TestSequences.published(alice())))
                .isTrue();
        assertThat(LeaderboardFilter.ALL.matches(TestSequences.draft(alice()))).isFalse();
        assertThat(transport(TransportType.WALK).matches(TestSequences.draft(alice())))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = TransportType.class,
            names = {"EARTH", "WALK", "BICYCLE", "ELECTRIC_SCOOTER"})
    void aParentIncludesItselfAndItsChildren(TransportType type) {
        assertThat(transport(TransportType.EARTH).matches(by(type))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = TransportType.class,
            names = {"SWIM", "WATER", "SKI", "DRONE", "UNLISTED"})
    void aParentExcludesOtherFamilies(TransportType type) {
        assertThat(transport(TransportType.EARTH).matches(by(type))).isFalse();
    }

    @Test
    void aChildMatchesOnlyItself() {
        LeaderboardFilter walks = transport(TransportType.WALK);

        assertThat(walks.matches(by(TransportType.WALK))).isTrue();
        assertThat(walks.matches(by(TransportType.BICYCLE))).isFalse();
        assertThat(walks.matches(by(TransportType.EARTH))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GoPro", "gopro", "GOPRO", " goPRO "})
    void makeMatchesIgnoringCase(String filter) {
        assertThat(make(filter).matches(aSequence().camera("GoPro", "HERO9").build()))
                .isTrue();
    }

    @Test
    void anotherOrAnUnknownMakeDoesNotMatch() {
        assertThat(make("GoPro").matches(aSequence().camera("Insta360", "HERO9").build()))
                .isFalse();
        assertThat(make("GoPro").matches(aSequence().camera(null, "HERO9").build()))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HERO9 Black", "hero9 black", "HERO9 BLACK"})
    void modelMatchesIgnoringCase(String filter) {
        assertThat(model(filter)
                        .matches(aSequence().camera("GoPro", "HERO9 Black").build()))
                .isTrue();
    }

    @Test
    void anotherOrAnUnknownModelDoesNotMatch() {
        assertThat(model("HERO9 Black")
                        .matches(aSequence().camera("GoPro", "HERO10 Black").build()))
                .isFalse();
        assertThat(model("HERO9 Black")
                        .matches(aSequence().camera("GoPro", null).build()))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-01T00:00:00Z, true",
        "2024-12-31T23:59:59.999Z, true",
        "2023-12-31T23:59:59.999Z, false",
        "2025-01-01T00:00:00Z, false"
    })
    void aYearIncludesItsStartAndExcludesItsEnd(String instant, boolean counted) {
        assertThat(period(CapturePeriod.year(2024)).matches(capturedAt(instant)))
                .isEqualTo(counted);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-02-01T00:00:00Z, true",
        "2024-02-29T23:59:59.999Z, true",
        "2024-01-31T23:59:59.999Z, false",
        "2024-03-01T00:00:00Z, false"
    })
    void aMonthIncludesItsStartAndExcludesItsEnd(String instant, boolean counted) {
        assertThat(period(CapturePeriod.month(YearMonth.of(2024, 2))).matches(capturedAt(instant)))
                .isEqualTo(counted);
    }

    @Test
    void aSequenceWithoutACaptureTimeFallsOutsideEveryPeriod() {
        Sequence untimed = aSequence().photos(TestPhotos.photo("p", 0, 0)).build();

        assertThat(untimed.capturedAt()).isEmpty();
        assertThat(period(CapturePeriod.year(2024)).matches(untimed)).isFalse();
    }

    @Test
    void everyFilterMustMatch() {
        LeaderboardFilter all = new LeaderboardFilter(
                TransportType.EARTH, CameraMake.of("gopro"), CameraModel.of("hero9"), CapturePeriod.year(2024));
        Instant in2024 = Instant.parse("2024-06-01T00:00:00Z");

        assertThat(all.matches(aSequence()
                        .transport(TransportType.BICYCLE)
                        .camera("GoPro", "HERO9")
                        .capturedAt(in2024)
                        .build()))
                .isTrue();
        assertThat(all.matches(aSequence()
                        .transport(TransportType.SWIM)
                        .camera("GoPro", "HERO9")
                        .capturedAt(in2024)
                        .build()))
                .isFalse();
        assertThat(all.matches(aSequence()
                        .transport(TransportType.BICYCLE)
                        .camera("Sony", "HERO9")
                        .capturedAt(in2024)
                        .build()))
                .isFalse();
        assertThat(all.matches(aSequence()
                        .transport(TransportType.BICYCLE)
                        .camera("GoPro", "HERO8")
                        .capturedAt(in2024)
                        .build()))
                .isFalse();
        assertThat(all.matches(aSequence()
                        .transport(TransportType.BICYCLE)
                        .camera("GoPro", "HERO9")
                        .capturedAt(Instant.parse("2023-06-01T00:00:00Z"))
                        .build()))
                .isFalse();
    }

    @Test
    void withoutAPeriodEveryCaptureTimeCounts() {
        LeaderboardFilter filter = new LeaderboardFilter(null, null, null, null);

        assertThat(filter.period()).isEqualTo(CapturePeriod.allTime());
        assertThat(filter.matches(capturedAt("1999-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void unfilteredOnlyWithoutAnySetting() {
        assertThat(LeaderboardFilter.ALL.isUnfiltered()).isTrue();
        assertThat(new LeaderboardFilter(null, null, null, null).isUnfiltered()).isTrue();
        assertThat(transport(TransportType.WALK).isUnfiltered()).isFalse();
        assertThat(make("GoPro").isUnfiltered()).isFalse();
        assertThat(model("HERO9").isUnfiltered()).isFalse();
        assertThat(period(CapturePeriod.year(2024)).isUnfiltered()).isFalse();
    }

    @Test
    void transportIsOptional() {
        assertThat(LeaderboardFilter.ALL.transport()).isEmpty();
        assertThat(transport(TransportType.SNOW).transport()).contains(TransportType.SNOW);
    }
}
