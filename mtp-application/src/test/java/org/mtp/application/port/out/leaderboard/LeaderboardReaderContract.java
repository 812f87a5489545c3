package org.mtp.application.port.out.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.LeaderboardTally;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Contract of {@link LeaderboardReader}: every implementation runs these tests through a subclass. Boards are compared
 * with the domain's reference, {@link LeaderboardTally} and {@link CompetitionRanking} over the sequences the test
 * stored.
 */
public abstract class LeaderboardReaderContract extends StoreContractSupport {

    private static final Instant MAY = Instant.parse("2024-05-15T12:00:00Z");

    private final Map<SequenceId, Sequence> stored = new HashMap<>();
    private final Map<SequenceId, Long> viewpoints = new HashMap<>();
    private final Map<UserId, Username> names = new HashMap<>();

    private UserId named(String username) {
        UserId id = user(username);
        names.put(id, Username.of(username));
        return id;
    }

    /** Stores a published sequence of {@code photos} photos, 0.01 degree apart along a meridian. */
    private Sequence publish(UserId owner, int photos, TransportType type, String make, String model, Instant at) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(10, 40 + i * 0.01 * (1 + stored.size() % 3));
        }
        TestSequences.Builder builder =
                TestSequences.aSequence().owner(owner).transport(type).camera(make, model);
        Sequence s = at == null
                ? builder.photos(IntStream.range(0, photos)
                                .mapToObj(i -> TestPhotos.photo("p" + i, points[i].lon(), points[i].lat()))
                                .toList())
                        .build()
                : builder.capturedAt(at).points(points).build();
        return remember(stored(s));
    }

    private Sequence remember(Sequence s) {
        stored.put(s.id(), s);
        return s;
    }

    private void mark(Sequence s, UserId marker, int photo) {
        run(() -> addViewpoint(s.viewpointBy(marker, s.photos().get(photo).key(), MAY)));
        viewpoints.merge(s.id(), 1L, Long::sum);
    }

    private List<RankedRow<UserTotals>> reference(LeaderboardFilter filter, LeaderboardMetric metric) {
        return CompetitionRanking.rank(
                LeaderboardTally.tally(stored.values(), filter, s -> viewpoints.getOrDefault(s.id(), 0L), names::get),
                metric);
    }

    private List<RankedRow<UserTotals>> board(LeaderboardFilter filter, LeaderboardMetric metric, int limit) {
        return allPages(limit, page -> tx(() -> world.leaderboards().read(filter, metric, page)));
    }

    private void assertBoardsMatchTheReference(List<LeaderboardFilter> filters) {
        for (LeaderboardFilter filter : filters) {
            for (LeaderboardMetric metric : LeaderboardMetric.values()) {
                List<RankedRow<UserTotals>> expected = reference(filter, metric);
                for (int limit : new int[] {1, 2, 100}) {
                    assertThat(board(filter, metric, limit))
                            .as("%s by %s, pages of %d", filter, metric, limit)
                            .isEqualTo(expected);
                }
                assertRowsOfMatchTheBoard(filter, metric, expected);
            }
        }
    }

    /** Each named user's {@code rowOf} is their row on the full board, or empty when they are not on it. */
    private void assertRowsOfMatchTheBoard(
            LeaderboardFilter filter, LeaderboardMetric metric, List<RankedRow<UserTotals>> board) {
        for (UserId user : names.keySet()) {
            Optional<RankedRow<UserTotals>> onBoard = board.stream()
                    .filter(row -> row.entry().user().equals(user))
                    .findFirst();
            assertThat(tx(() -> world.leaderboards().rowOf(filter, metric, user)))
                    .as("row of %s on %s by %s", names.get(user), filter, metric)
                    .isEqualTo(onBoard);
        }
    }

    private static LeaderboardFilter filter(TransportType type, String make, String model, CapturePeriod period) {
        return new LeaderboardFilter(
                type, make == null ? null : CameraMake.of(make), model == null ? null : CameraModel.of(model), period);
    }

    @Test
    void anEmptyStoreHasEmptyBoards() {
        stored(TestSequences.draft(named("drafter")));

        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS, 10)).isEmpty();
    }

    @Test
    void equalValuesShareARankListedByUsernameInCodePointOrderAndZerosAreLeftOut() {
        UserId zed = named("Zed");
        UserId alpha = named("alpha");
        UserId underscore = named("a_b");
        UserId dash = named("A-b");
        UserId digit = named("a0b");
        stored(TestSequences.draft(named("Bob")));
        publish(zed, 5, TransportType.WALK, "GoPro", "HERO9", MAY);
        publish(alpha, 3, TransportType.WALK, "GoPro", "HERO9", MAY);
        publish(underscore, 2, TransportType.WALK, "GoPro", "HERO9", MAY);
        publish(underscore, 1, TransportType.WALK, "GoPro", "HERO9", MAY);
        publish(dash, 3, TransportType.WALK, "GoPro", "HERO9", MAY);
        publish(digit, 1, TransportType.WALK, "GoPro", "HERO9", MAY);

        List<RankedRow<UserTotals>> board = board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS, 100);

        assertThat(board).extracting(RankedRow::rank).containsExactly(1, 2, 2, 2, 5);
        assertThat(board)
                .extracting(row -> row.entry().username().value())
                .containsExactly("Zed", "A-b", "a_b", "alpha", "a0b");
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS, 100))
                .isEmpty();
        assertBoardsMatchTheReference(List.of(LeaderboardFilter.ALL));
    }

    @Test
    void everyFilterAndMetricAgreesWithTheReference() {
        UserId one = named("one");
        UserId two = named("two");
        UserId three = named("three");
        UserId fan = named("fan");
        Sequence ride = publish(one, 4, TransportType.BICYCLE, "GoPro", "HERO9 Black", MAY);
        publish(one, 2, TransportType.WALK, "GoPro", "HERO9 Black", Instant.parse("2023-12-31T23:59:59.999Z"));
        Sequence kayak = publish(one, 3, TransportType.KAYAK, null, null, Instant.parse("2024-05-20T00:00:00Z"));
        publish(two, 5, TransportType.EARTH, "Sony", "A7", Instant.parse("2024-01-15T00:00:00Z"));
        Sequence ski =
                publish(two, 2, TransportType.SKI, "gopro", "Hero9 black", Instant.parse("2024-05-31T23:59:59.999Z"));
        publish(two, 3, TransportType.WALK, "GoPro", "MAX", null);
        publish(three, 4, TransportType.BICYCLE, "GOPRO", "MAX", Instant.parse("2024-06-01T00:00:00Z"));
        publish(three, 1, TransportType.DRONE, "DJI", "Mini", Instant.parse("2022-02-02T02:02:02Z"));
        mark(ride, two, 0);
        mark(ride, three, 1);
        mark(kayak, two, 2);
        mark(ski, fan, 0);

        assertBoardsMatchTheReference(List.of(
                LeaderboardFilter.ALL,
                filter(TransportType.EARTH, null, null, null),
                filter(TransportType.BICYCLE, null, null, null),
                filter(TransportType.WATER, null, null, CapturePeriod.year(2024)),
                filter(TransportType.EARTH, null, null, CapturePeriod.year(2024)),
                filter(null, null, null, CapturePeriod.year(2024)),
                filter(null, null, null, CapturePeriod.year(2023)),
                filter(TransportType.WALK, null, null, CapturePeriod.year(2023)),
                filter(null, "GOPRO", null, null),
                filter(null, "gopro", "hero9 BLACK", null),
                filter(null, null, "max", null),
                filter(TransportType.EARTH, "GoPro", null, CapturePeriod.year(2024)),
                filter(null, null, null, CapturePeriod.month(YearMonth.of(2024, 5))),
                filter(TransportType.SNOW, null, null, CapturePeriod.month(YearMonth.of(2024, 5))),
                filter(
                        null,
                        null,
                        null,
                        CapturePeriod.custom(TimeRange.of(
                                Instant.parse("2024-05-16T00:00:00Z"), Instant.parse("2024-06-01T00:00:00.001Z")))),
                filter(
                        null,
                        null,
                        null,
                        CapturePeriod.custom(TimeRange.of(
                                Instant.parse("2024-05-15T12:00:00Z"), Instant.parse("2024-05-20T00:00:00Z")))),
                filter(
                        TransportType.EARTH,
                        null,
                        null,
                        CapturePeriod.custom(TimeRange.of(
                                Instant.parse("2023-12-31T23:59:59.999Z"),
                                Instant.parse("2024-05-15T12:00:00.001Z"))))));
    }

    @Test
    void boardsFollowEditsDeletesAndViewpoints() {
        UserId one = named("one");
        UserId two = named("two");
        UserId fan = named("fan");
        Sequence moved = publish(one, 4, TransportType.BICYCLE, "GoPro", "HERO9", MAY);
        Sequence doomed = publish(two, 6, TransportType.SWIM, "GoPro", "HERO9", MAY);
        publish(two, 1, TransportType.WALK, "GoPro", "HERO9", MAY);
        mark(moved, fan, 0);
        mark(moved, two, 1);
        mark(doomed, fan, 0);
        List<LeaderboardFilter> filters = List.of(
                LeaderboardFilter.ALL,
                filter(TransportType.EARTH, null, null, null),
                filter(TransportType.WATER, null, null, CapturePeriod.year(2024)),
                filter(TransportType.SWIM, null, null, null),
                filter(TransportType.BICYCLE, null, null, null));
        assertBoardsMatchTheReference(filters);

        run(() -> {
            Sequence s = world.sequences().findById(moved.id()).orElseThrow();
            s.edit(one, SequenceDetails.of("Now a swim", null, TransportType.SWIM, null));
            save(s);
            remember(s);
        });
        assertBoardsMatchTheReference(filters);

        run(() -> removeViewpoint(fan, moved.id(), moved.photos().get(0).key()));
        viewpoints.merge(moved.id(), -1L, Long::sum);
        run(() -> delete(doomed.id()));
        stored.remove(doomed.id());
        viewpoints.remove(doomed.id());
        assertBoardsMatchTheReference(filters);
    }

    @Test
    void anUnreadableCursorIsAValidationFailureOnTheCursor() {
        publish(named("someone"), 2, TransportType.WALK, "GoPro", "HERO9", MAY);

        assertThatThrownBy(() -> tx(() -> world.leaderboards()
                        .read(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS, new PageRequest(10, "x"))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
}
