package org.mtp.domain.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.Distance;

/** Tests: What each metric reads from a user's totals, and how totals add up. */
class LeaderboardMetricTest {

    private final UserTotals totals = new UserTotals(
            TestUsers.alice(), TestUsers.usernameOf(TestUsers.alice()), 42, Distance.ofMetres(123_456), 7);

    @Test
    void photosAreThePhotoCount() {
        assertThat(LeaderboardMetric.PHOTOS.valueOf(totals)).isEqualTo(42);
    }

    @Test
    void distanceIsInWholeMetres() {
        assertThat(LeaderboardMetric.DISTANCE.valueOf(totals)).isEqualTo(123_456);
    }

    @Test
    void viewpointsAreTheViewpointsReceived() {
        assertThat(LeaderboardMetric.VIEWPOINTS.valueOf(totals)).isEqualTo(7);
    }

    @Test
    void totalsAddUp() {
        UserTotals more = totals.plus(3, Distance.ofMetres(544), 2);

        assertThat(more)
                .isEqualTo(new UserTotals(
                        TestUsers.alice(), TestUsers.usernameOf(TestUsers.alice()), 45, Distance.ofMetres(124_000), 9));
    }

    @Test
    void totalsAreNeverNegativeAndNameTheirUser() {
        var alice = TestUsers.alice();
        var name = TestUsers.usernameOf(alice);

        assertThatThrownBy(() -> new UserTotals(alice, name, -1, Distance.ZERO, 0))
                .extracting("field")
                .isEqualTo("photos");
        assertThatThrownBy(() -> new UserTotals(alice, name, 0, Distance.ZERO, -1))
                .extracting("field")
                .isEqualTo("viewpoints");
        assertThatThrownBy(() -> new UserTotals(null, name, 0, Distance.ZERO, 0))
                .extracting("field")
                .isEqualTo("user");
        assertThatThrownBy(() -> new UserTotals(alice, null, 0, Distance.ZERO, 0))
                .extracting("field")
                .isEqualTo("username");
        assertThatThrownBy(() -> new UserTotals(alice, name, 0, null, 0))
                .extracting("field")
                .isEqualTo("distance");
        assertThat(new UserTotals(alice, name, 0, Distance.ZERO, 0).photos()).isZero();
    }
}
