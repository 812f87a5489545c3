package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.carol;
import static org.mtp.domain.TestUsers.dave;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

class DeleteAndLeaderboardTest {

    private final Scenario world = new Scenario();

    private Sequence walk(UserId owner, String key, TransportType type, Instant at, GeoPoint... pts) {
        return world.store(TestSequences.aSequence()
                .owner(owner)
                .key(key)
                .transport(type)
                .capturedAt(at)
                .points(pts)
                .build());
    }

    private List<RankedRow<UserTotals>> board(LeaderboardFilter filter, LeaderboardMetric metric) {
        Page<RankedRow<UserTotals>> page = world.app.leaderboards.read(filter, metric, PageRequest.first(100));
        return page.items();
    }

    @Test
    void deletingASequenceRemovesItsLikesViewpointsTourPlaceAndLeaderboardShare() {
        Sequence kept = walk(
                alice(),
                "keep1",
                TransportType.WALK,
                Instant.parse("2024-01-05T10:00:00Z"),
                GeoPoint.of(0, 0),
                GeoPoint.of(0, 1));
        Sequence doomed = walk(
                alice(),
                "doom1",
                TransportType.WALK,
                Instant.parse("2024-01-06T10:00:00Z"),
                GeoPoint.of(1, 0),
                GeoPoint.of(1, 1),
                GeoPoint.of(1, 2));
        var tour = world.app.tours.create(
                new CreateTourUseCase.Command(alice(), TestTours.details("Both"), List.of(kept.id(), doomed.id())));
        world.app.likes.like(bob(), LikeTarget.sequence(doomed.id()));
        world.app.viewpoints.mark(bob(), doomed.id(), doomed.photos().get(0).key());

        assertThatThrownBy(() -> world.app.delete.delete(bob(), doomed.id())).isInstanceOf(NotOwnerException.class);
        world.app.delete.delete(alice(), doomed.id());

        assertThatThrownBy(() -> world.app.queries.get(alice(), doomed.id())).isInstanceOf(NotFoundException.class);
        assertThat(world.app.tours.get(tour.tour().id()).tour().sequences()).containsExactly(kept.id());
        assertThat(world.stores.unitOfWork.inTransaction(
                        () -> world.stores.likes.exists(bob(), LikeTarget.sequence(doomed.id()))))
                .isFalse();
        assertThat(world.stores.derived.likeCount(LikeTarget.sequence(doomed.id())))
                .isZero();
        assertThat(world.stores.derived.viewpointsOnPhoto(
                        doomed.id(), doomed.photos().get(0).key()))
                .isZero();
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS))
                .singleElement()
                .satisfies(r -> assertThat(r.entry().photos()).isEqualTo(2));
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS)).isEmpty();
    }

    @Test
    void boardsRankGloballyWithSharedRanksAndApplyFilters() {
        Instant in2024 = Instant.parse("2024-06-01T00:00:00Z");
        walk(alice(), "a1", TransportType.BICYCLE, in2024, GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        walk(bob(), "b1", TransportType.KAYAK, in2024, GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        walk(
                carol(),
                "c1",
                TransportType.WALK,
                Instant.parse("2023-06-01T00:00:00Z"),
                GeoPoint.of(0, 0),
                GeoPoint.of(0, 1),
                GeoPoint.of(0, 2));
        world.store(TestSequences.aSequence().owner(dave()).key("d1").buildDraft());

        List<RankedRow<UserTotals>> photos = board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS);
        assertThat(photos).extracting(RankedRow::rank).containsExactly(1, 2, 2);
        assertThat(photos).extracting(r -> r.entry().username().value()).containsExactly("carol", "alice", "bob");

        LeaderboardFilter earth2024 = new LeaderboardFilter(TransportType.EARTH, null, null, CapturePeriod.year(2024));
        assertThat(board(earth2024, LeaderboardMetric.DISTANCE))
                .singleElement()
                .satisfies(r -> assertThat(r.entry().username().value()).isEqualTo("alice"));
    }

    @Test
    void pagesKeepGlobalRanks() {
        Instant at = Instant.parse("2024-06-01T00:00:00Z");
        walk(alice(), "p1", TransportType.WALK, at, GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2));
        walk(bob(), "p2", TransportType.WALK, at, GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        walk(carol(), "p3", TransportType.WALK, at, GeoPoint.of(0, 0));

        Page<RankedRow<UserTotals>> first =
                world.app.leaderboards.read(null, LeaderboardMetric.PHOTOS, PageRequest.first(2));
        Page<RankedRow<UserTotals>> second =
                world.app.leaderboards.read(null, LeaderboardMetric.PHOTOS, new PageRequest(2, first.nextCursor()));

        assertThat(first.items()).extracting(RankedRow::rank).containsExactly(1, 2);
        assertThat(second.items()).extracting(RankedRow::rank).containsExactly(3);
        assertThat(second.next()).isEmpty();
    }
}
