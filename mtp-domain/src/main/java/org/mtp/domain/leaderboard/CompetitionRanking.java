package org.mtp.domain.leaderboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.mtp.domain.user.Username;

/**
 * Standard competition ranking for every board: value descending, equal values share a rank (1, 2, 2, 4), ties listed
 * by username, entries with zero left out. Ranks are global: computed over the whole set before any paging.
 */
public final class CompetitionRanking {

    private CompetitionRanking() {}

    public static <T> List<RankedRow<T>> rank(
            Collection<T> entries, ToLongFunction<T> value, Function<T, Username> username) {
        List<T> sorted = entries.stream()
                .filter(e -> value.applyAsLong(e) > 0)
                .sorted(Comparator.comparingLong(value).reversed().thenComparing(username))
                .toList();
        List<RankedRow<T>> rows = new ArrayList<>(sorted.size());
        long previous = Long.MIN_VALUE;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            long v = value.applyAsLong(sorted.get(i));
            if (v != previous) {
                rank = i + 1;
                previous = v;
            }
            rows.add(new RankedRow<>(rank, sorted.get(i)));
        }
        return List.copyOf(rows);
    }

    /** Global board rows for {@code metric}. */
    public static List<RankedRow<UserTotals>> rank(Collection<UserTotals> totals, LeaderboardMetric metric) {
        return rank(totals, metric::valueOf, UserTotals::username);
    }
}
