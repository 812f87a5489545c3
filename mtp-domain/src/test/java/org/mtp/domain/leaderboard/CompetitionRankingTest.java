package org.mtp.domain.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Tests: Standard competition ranking: 1, 2, 2, 4, ties by username, zeros left out, global ranks. */
class CompetitionRankingTest {

    private static UserTotals photos(String username, long photos) {
        return new UserTotals(UserId.of(UUID.randomUUID()), Username.of(username), photos, Distance.ZERO, 0);
    }

    private static List<String> names(List<RankedRow<UserTotals>> rows) {
        return rows.stream().map(r -> r.entry().username().value()).toList();
    }

    private static List<Integer> ranks(List<RankedRow<UserTotals>> rows) {
        return rows.stream().map(RankedRow::rank).toList();
    }

    @Test
    void equalValuesShareARankAndTheNextRankSkips() {
        List<UserTotals> totals = List.of(photos("dave", 1), photos("carol", 5), photos("alice", 10), photos("bob", 5));

        List<RankedRow<UserTotals>> rows = CompetitionRanking.rank(totals, LeaderboardMetric.PHOTOS);

        assertThat(ranks(rows)).containsExactly(1, 2, 2, 4);
        assertThat(names(rows)).containsExactly("alice", "bob", "carol", "dave");
    }

    @Test
    void severalTiesInARow() {
        List<UserTotals> totals = List.of(
                photos("aaa", 3),
                photos("bbb", 3),
                photos("ccc", 3),
                photos("ddd", 2),
                photos("eee", 2),
                photos("fff", 1));

        assertThat(ranks(CompetitionRanking.rank(totals, LeaderboardMetric.PHOTOS)))
                .containsExactly(1, 1, 1, 4, 4, 6);
    }

    @Test
    void tiesAreListedByLowerCaseUsernameInCodePointOrder() {
        List<UserTotals> totals =
                List.of(photos("Zed", 7), photos("apple", 7), photos("abc", 7), photos("_ab", 7), photos("Bob", 7));

        List<RankedRow<UserTotals>> rows = CompetitionRanking.rank(totals, LeaderboardMetric.PHOTOS);

        assertThat(names(rows)).containsExactly("_ab", "abc", "apple", "Bob", "Zed");
        assertThat(ranks(rows)).containsOnly(1);
    }

    @Test
    void theHigherValueComesFirstWhateverTheName() {
        List<RankedRow<UserTotals>> rows =
                CompetitionRanking.rank(List.of(photos("aaa", 1), photos("zzz", 2)), LeaderboardMetric.PHOTOS);

        assertThat(names(rows)).containsExactly("zzz", "aaa");
        assertThat(ranks(rows)).containsExactly(1, 2);
    }

    @Test
    void usersWithZeroAreNotListed() {
        List<UserTotals> totals = List.of(photos("alice", 0), photos("bob", 1), photos("carol", 0));

        List<RankedRow<UserTotals>> rows = CompetitionRanking.rank(totals, LeaderboardMetric.PHOTOS);

        assertThat(names(rows)).containsExactly("bob");
        assertThat(ranks(rows)).containsExactly(1);
    }

    @Test
    void nothingToRankIsAnEmptyBoard() {
        assertThat(CompetitionRanking.rank(List.of(), LeaderboardMetric.DISTANCE))
                .isEmpty();
        assertThat(CompetitionRanking.rank(List.of(photos("alice", 0)), LeaderboardMetric.PHOTOS))
                .isEmpty();
    }

    @Test
    void ranksAreGlobalSoASecondPageContinuesThem() {
        List<UserTotals> totals = new ArrayList<>();
        IntStream.rangeClosed(1, 9).forEach(i -> totals.add(photos("user" + i, 100 - i)));
        totals.add(photos("user10", 50));
        totals.add(photos("user11", 50));
        totals.add(photos("user12", 40));

        List<RankedRow<UserTotals>> board = CompetitionRanking.rank(totals, LeaderboardMetric.PHOTOS);
        List<RankedRow<UserTotals>> secondPage = board.subList(10, 12);

        assertThat(board.get(9).rank()).isEqualTo(10);
        assertThat(ranks(secondPage)).containsExactly(10, 12);
        assertThat(names(secondPage)).containsExactly("user11", "user12");
    }

    @Test
    void distanceIsRankedInWholeMetres() {
        UserTotals a = new UserTotals(UserId.of(UUID.randomUUID()), Username.of("alice"), 1, Distance.ofKm(1.0004), 0);
        UserTotals b = new UserTotals(UserId.of(UUID.randomUUID()), Username.of("bob"), 9, Distance.ofKm(0.9996), 0);
        UserTotals c = new UserTotals(UserId.of(UUID.randomUUID()), Username.of("carol"), 9, Distance.ofKm(0.9994), 0);

        List<RankedRow<UserTotals>> rows = CompetitionRanking.rank(List.of(c, b, a), LeaderboardMetric.DISTANCE);

        assertThat(names(rows)).containsExactly("alice", "bob", "carol");
        assertThat(ranks(rows)).containsExactly(1, 1, 3);
    }

    @Test
    void viewpointsRankByViewpoints() {
        UserTotals a = new UserTotals(UserId.of(UUID.randomUUID()), Username.of("alice"), 100, Distance.ofMetres(9), 1);
        UserTotals b = new UserTotals(UserId.of(UUID.randomUUID()), Username.of("bob"), 1, Distance.ofMetres(1), 3);

        assertThat(names(CompetitionRanking.rank(List.of(a, b), LeaderboardMetric.VIEWPOINTS)))
                .containsExactly("bob", "alice");
    }

    @Test
    void anyEntryTypeCanBeRanked() {
        record Entry(String name, long score) {}

        List<RankedRow<Entry>> rows = CompetitionRanking.rank(
                List.of(new Entry("bob", 4), new Entry("alice", 4), new Entry("carol", 9)),
                Entry::score,
                e -> Username.of(e.name()));

        assertThat(rows)
                .containsExactly(
                        new RankedRow<>(1, new Entry("carol", 9)),
                        new RankedRow<>(2, new Entry("alice", 4)),
                        new RankedRow<>(2, new Entry("bob", 4)));
        assertThatThrownBy(() -> rows.add(new RankedRow<>(9, new Entry("x", 1))))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
