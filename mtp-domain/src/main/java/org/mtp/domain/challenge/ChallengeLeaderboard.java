package org.mtp.domain.challenge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.user.UserId;

/**
 * The ranking of a challenge: contributions summed per user, users with zero in the challenge's metric left out, then
 * ordered by the metric descending. Equal values share a rank with competition numbering (1, 2, 2, 4) and are listed by
 * username (lower-case, code-point order). Ranks are computed over everyone before any page is cut.
 */
public final class ChallengeLeaderboard {

    private final ChallengeMetric metric;
    private final List<ChallengeLeaderboardRow> rows;

    private ChallengeLeaderboard(ChallengeMetric metric, List<ChallengeLeaderboardRow> rows) {
        this.metric = metric;
        this.rows = rows;
    }

    /** Ranks {@code entries}; a user may appear in several entries (one per sequence), always with one username. */
    public static ChallengeLeaderboard rank(ChallengeMetric metric, Collection<ChallengeLeaderboardEntry> entries) {
        Require.notNull("metric", metric);
        Require.notNull("entries", entries);
        Map<UserId, ChallengeLeaderboardEntry> totals = new LinkedHashMap<>();
        for (ChallengeLeaderboardEntry entry : entries) {
            Require.notNull("entries", entry);
            totals.merge(entry.userId(), entry, ChallengeLeaderboard::sum);
        }
        List<ChallengeLeaderboardRow> rows = new ArrayList<>(totals.size());
        for (RankedRow<ChallengeLeaderboardEntry> ranked : CompetitionRanking.rank(
                totals.values(), e -> metric.measure(e.contribution()), ChallengeLeaderboardEntry::username)) {
            ChallengeLeaderboardEntry entry = ranked.entry();
            rows.add(new ChallengeLeaderboardRow(
                    ranked.rank(),
                    entry.userId(),
                    entry.username(),
                    entry.contribution().photos(),
                    entry.contribution().distance()));
        }
        return new ChallengeLeaderboard(metric, List.copyOf(rows));
    }

    private static ChallengeLeaderboardEntry sum(ChallengeLeaderboardEntry a, ChallengeLeaderboardEntry b) {
        if (!a.username().equals(b.username())) {
            throw new ValidationException("username", "differs between entries of user " + a.userId());
        }
        return new ChallengeLeaderboardEntry(
                a.userId(), a.username(), a.contribution().plus(b.contribution()));
    }

    public ChallengeMetric metric() {
        return metric;
    }

    /** Every ranked row, best first. */
    public List<ChallengeLeaderboardRow> rows() {
        return rows;
    }

    /** Number of ranked users, for paging. */
    public int size() {
        return rows.size();
    }

    /** Rows {@code offset} to {@code offset + limit - 1}, keeping their global ranks; past the end it is empty. */
    public List<ChallengeLeaderboardRow> page(int offset, int limit) {
        Require.that(offset >= 0, "offset", "must not be negative");
        Require.that(limit >= 1, "limit", "must be at least 1");
        int from = Math.min(offset, rows.size());
        int to = from + Math.min(limit, rows.size() - from);
        return rows.subList(from, to);
    }
}
