package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.carol;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

class LeaderboardRowTest {

    private final Scenario world = new Scenario();

    private void walk(UserId owner, String key, TransportType type, GeoPoint... points) {
        world.store(TestSequences.aSequence()
                .owner(owner)
                .key(key)
                .transport(type)
                .capturedAt(Instant.parse("2024-03-05T10:00:00Z"))
                .points(points)
                .build());
    }

    @Test
    void aPersonsRowOnAFilteredBoardHasTheirGlobalRankWithTiesAndIsEmptyWithoutAnything() {
        walk(alice(), "a", TransportType.WALK, GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2));
        walk(bob(), "b", TransportType.WALK, GeoPoint.of(1, 0), GeoPoint.of(1, 1));
        walk(carol(), "c", TransportType.BICYCLE, GeoPoint.of(2, 0), GeoPoint.of(2, 1));
        LeaderboardFilter walks = new LeaderboardFilter(TransportType.WALK, null, null, CapturePeriod.year(2024));

        RankedRow<UserTotals> bobs = world.app
                .leaderboards
                .rowOf(walks, LeaderboardMetric.PHOTOS, bob())
                .orElseThrow();
        RankedRow<UserTotals> carols = world.app
                .leaderboards
                .rowOf(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS, carol())
                .orElseThrow();

        assertThat(bobs.rank()).isEqualTo(2);
        assertThat(bobs.entry().photos()).isEqualTo(2);
        assertThat(carols.rank()).as("tied with bob on the whole board").isEqualTo(2);
        assertThat(world.app.leaderboards.rowOf(walks, LeaderboardMetric.PHOTOS, carol()))
                .isEmpty();
    }
}
