package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.challenge.TestChallenges.entry;
import static org.mtp.domain.challenge.TestChallenges.userIdOf;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.user.Username;

class ChallengeLeaderboardTest {

    private static ChallengeLeaderboardRow row(int rank, String username, int photos, long metres) {
        return new ChallengeLeaderboardRow(
                rank, userIdOf(username), Username.of(username), photos, Distance.ofMetres(metres));
    }

    @Test
    void equalValuesShareARankWithCompetitionNumbering() {
        ChallengeLeaderboard board = ChallengeLeaderboard.rank(
                ChallengeMetric.PHOTOS,
                List.of(entry("dave", 5, 100), entry("bob", 7, 10), entry("carol", 7, 999), entry("alice", 9, 1)));
        assertThat(board.rows())
                .containsExactly(
                        row(1, "alice", 9, 1), row(2, "bob", 7, 10), row(2, "carol", 7, 999), row(4, "dave", 5, 100));
        assertThat(board.metric()).isEqualTo(ChallengeMetric.PHOTOS);
        assertThat(board.size()).isEqualTo(4);
    }

    @Test
    void tiesAreListedByLowerCaseUsernameInCodePointOrder() {
        ChallengeLeaderboard board = ChallengeLeaderboard.rank(
                ChallengeMetric.PHOTOS,
                List.of(
                        entry("abac", 1, 0),
                        entry("AB_C", 1, 0),
                        entry("ab0c", 1, 0),
                        entry("Ab-c", 1, 0),
                        entry("Zed", 3, 0),
                        entry("bob", 3, 0)));
        assertThat(board.rows())
                .extracting(r -> r.username().value())
                .containsExactly("bob", "Zed", "Ab-c", "ab0c", "AB_C", "abac");
        assertThat(board.rows()).extracting(ChallengeLeaderboardRow::rank).containsExactly(1, 1, 3, 3, 3, 3);
    }

    @Test
    void usersWithZeroInTheMetricAreNotListed() {
        List<ChallengeLeaderboardEntry> entries =
                List.of(entry("alice", 0, 0), entry("bob", 3, 0), entry("carol", 0, 250), entry("dave", 1, 1));
        assertThat(ChallengeLeaderboard.rank(ChallengeMetric.PHOTOS, entries).rows())
                .containsExactly(row(1, "bob", 3, 0), row(2, "dave", 1, 1));
        assertThat(ChallengeLeaderboard.rank(ChallengeMetric.DISTANCE, entries).rows())
                .containsExactly(row(1, "carol", 0, 250), row(2, "dave", 1, 1));
    }

    @Test
    void rankingByDistanceComparesWholeMetres() {
        ChallengeLeaderboard board = ChallengeLeaderboard.rank(
                ChallengeMetric.DISTANCE,
                List.of(
                        entry("alice", 100, 1_500),
                        entry("bob", 1, 2_000),
                        entry("carol", 50, 1_500),
                        entry("dave", 1, 1)));
        assertThat(board.rows())
                .containsExactly(
                        row(1, "bob", 1, 2_000),
                        row(2, "alice", 100, 1_500),
                        row(2, "carol", 50, 1_500),
                        row(4, "dave", 1, 1));
    }

    @Test
    void sumsEveryContributionOfAUserWhateverTheOrder() {
        List<ChallengeLeaderboardEntry> forward = List.of(
                entry("alice", 2, 333),
                entry("bob", 1, 500),
                entry("alice", 3, 334),
                entry("bob", 4, 167),
                entry("alice", 0, 333));
        List<ChallengeLeaderboardEntry> backward = List.of(
                entry("alice", 0, 333),
                entry("bob", 4, 167),
                entry("alice", 3, 334),
                entry("bob", 1, 500),
                entry("alice", 2, 333));
        List<ChallengeLeaderboardRow> expected = List.of(row(1, "alice", 5, 1_000), row(2, "bob", 5, 667));
        assertThat(ChallengeLeaderboard.rank(ChallengeMetric.DISTANCE, forward).rows())
                .isEqualTo(expected);
        assertThat(ChallengeLeaderboard.rank(ChallengeMetric.DISTANCE, backward).rows())
                .isEqualTo(expected);
        assertThat(ChallengeLeaderboard.rank(ChallengeMetric.PHOTOS, forward).rows())
                .containsExactly(row(1, "alice", 5, 1_000), row(1, "bob", 5, 667));
    }

    @Test
    void pagesKeepTheirGlobalRanks() {
        ChallengeLeaderboard board = ChallengeLeaderboard.rank(
                ChallengeMetric.PHOTOS,
                List.of(
                        entry("alice", 9, 0),
                        entry("bob", 7, 0),
                        entry("carol", 7, 0),
                        entry("dave", 7, 0),
                        entry("erin", 2, 0)));
        assertThat(board.page(0, 2)).containsExactly(row(1, "alice", 9, 0), row(2, "bob", 7, 0));
        assertThat(board.page(2, 2)).containsExactly(row(2, "carol", 7, 0), row(2, "dave", 7, 0));
        assertThat(board.page(4, 2)).containsExactly(row(5, "erin", 2, 0));
        assertThat(board.page(5, 2)).isEmpty();
        assertThat(board.page(50, 10)).isEmpty();
        assertThat(board.page(3, Integer.MAX_VALUE)).hasSize(2);
        assertThat(board.page(0, 1)).hasSize(1);
        assertThatThrownBy(() -> board.page(-1, 2)).hasMessage("'offset' must not be negative");
        assertThatThrownBy(() -> board.page(0, 0)).hasMessage("'limit' must be at least 1");
    }

    @Test
    void anEmptyBoardHasNoRows() {
        ChallengeLeaderboard board = ChallengeLeaderboard.rank(ChallengeMetric.DISTANCE, List.of());
        assertThat(board.rows()).isEmpty();
        assertThat(board.size()).isZero();
        assertThat(board.page(0, 10)).isEmpty();
    }

    @Test
    void rejectsOneUserUnderTwoUsernames() {
        ChallengeLeaderboardEntry first = entry("alice", 1, 1);
        ChallengeLeaderboardEntry renamed =
                new ChallengeLeaderboardEntry(first.userId(), Username.of("Alicia"), first.contribution());
        assertThatThrownBy(() -> ChallengeLeaderboard.rank(ChallengeMetric.PHOTOS, List.of(first, renamed)))
                .hasMessage("'username' differs between entries of user " + first.userId());
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> ChallengeLeaderboard.rank(null, List.of())).hasMessage("'metric' must not be null");
        assertThatThrownBy(() -> ChallengeLeaderboard.rank(ChallengeMetric.PHOTOS, null))
                .hasMessage("'entries' must not be null");
        assertThatThrownBy(() ->
                        ChallengeLeaderboard.rank(ChallengeMetric.PHOTOS, Arrays.asList(entry("bob", 1, 1), null)))
                .hasMessage("'entries' must not be null");
    }

    @Test
    void rowsAndEntriesValidateTheirParts() {
        assertThatThrownBy(() -> row(0, "alice", 1, 1)).hasMessage("'rank' must be at least 1");
        assertThat(row(1, "alice", 0, 0).rank()).isEqualTo(1);
        assertThatThrownBy(() -> row(1, "alice", -1, 1)).hasMessage("'photos' must not be negative");
        assertThatThrownBy(() -> new ChallengeLeaderboardRow(1, null, Username.of("alice"), 1, Distance.ZERO))
                .hasMessage("'user_id' must not be null");
        assertThatThrownBy(() -> new ChallengeLeaderboardRow(1, userIdOf("a"), null, 1, Distance.ZERO))
                .hasMessage("'username' must not be null");
        assertThatThrownBy(() -> new ChallengeLeaderboardRow(1, userIdOf("a"), Username.of("alice"), 1, null))
                .hasMessage("'distance' must not be null");
        assertThatThrownBy(() -> new ChallengeLeaderboardEntry(null, Username.of("alice"), ChallengeContribution.NONE))
                .hasMessage("'user_id' must not be null");
        assertThatThrownBy(() -> new ChallengeLeaderboardEntry(userIdOf("a"), null, ChallengeContribution.NONE))
                .hasMessage("'username' must not be null");
        assertThatThrownBy(() -> new ChallengeLeaderboardEntry(userIdOf("a"), Username.of("alice"), null))
                .hasMessage("'contribution' must not be null");
    }
}
