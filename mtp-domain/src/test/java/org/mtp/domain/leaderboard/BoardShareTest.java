package org.mtp.domain.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;

/** Tests: a published sequence's share of the boards, and the boards that count it. */
class BoardShareTest {

    private static final Instant JUNE_2023 = Instant.parse("2023-06-15T10:00:00Z");
    private static final BoardShare SHARE = new BoardShare(
            alice(),
            TransportType.BICYCLE,
            CameraMake.of("GoPro"),
            CameraModel.of("Max"),
            JUNE_2023,
            3,
            Distance.ofMetres(1_200));

    @Test
    void aNewTypeKeepsEverythingElse() {
        BoardShare moved = SHARE.withTransportType(TransportType.SKI);

        assertThat(moved.transportType()).isEqualTo(TransportType.SKI);
        assertThat(moved.withTransportType(TransportType.BICYCLE)).isEqualTo(SHARE);
    }

    @Test
    void aBoardCountsTheShareByTypeCameraAndPeriod() {
        assertThat(LeaderboardFilter.ALL.matches(SHARE)).isTrue();
        assertThat(new LeaderboardFilter(TransportType.EARTH, null, null, null).matches(SHARE))
                .isTrue();
        assertThat(new LeaderboardFilter(TransportType.WATER, null, null, null).matches(SHARE))
                .isFalse();
        assertThat(new LeaderboardFilter(null, CameraMake.of("gopro"), CameraModel.of("MAX"), null).matches(SHARE))
                .isTrue();
        assertThat(new LeaderboardFilter(null, CameraMake.of("Sony"), null, null).matches(SHARE))
                .isFalse();
        assertThat(new LeaderboardFilter(null, null, CameraModel.of("A7"), null).matches(SHARE))
                .isFalse();
        assertThat(new LeaderboardFilter(null, null, null, CapturePeriod.year(2023)).matches(SHARE))
                .isTrue();
        assertThat(new LeaderboardFilter(null, null, null, CapturePeriod.year(2024)).matches(SHARE))
                .isFalse();
    }

    @Test
    void anUnknownCameraOrTimeCountsOnlyWhereNoneIsAskedFor() {
        BoardShare unknown = new BoardShare(alice(), TransportType.WALK, null, null, null, 1, Distance.ZERO);

        assertThat(LeaderboardFilter.ALL.matches(unknown)).isTrue();
        assertThat(new LeaderboardFilter(null, CameraMake.of("GoPro"), null, null).matches(unknown))
                .isFalse();
        assertThat(new LeaderboardFilter(null, null, null, CapturePeriod.year(2023)).matches(unknown))
                .isFalse();
    }

    @Test
    void ownerTypeAndDistanceAreRequired_andPhotosNeverNegative() {
        assertThatThrownBy(() -> new BoardShare(null, TransportType.WALK, null, null, null, 1, Distance.ZERO))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new BoardShare(alice(), null, null, null, null, 1, Distance.ZERO))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new BoardShare(alice(), TransportType.WALK, null, null, null, 1, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new BoardShare(alice(), TransportType.WALK, null, null, null, -1, Distance.ZERO))
                .isInstanceOf(ValidationException.class);
        assertThat(new BoardShare(alice(), TransportType.WALK, null, null, null, 0, Distance.ZERO).photos())
                .isZero();
    }
}
