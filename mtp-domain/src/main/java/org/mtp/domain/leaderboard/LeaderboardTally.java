package org.mtp.domain.leaderboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * The straightforward computation of board totals from sequences, the reference any faster store must agree with: each
 * matching sequence adds its photos, distance and viewpoints received to its owner's totals.
 */
public final class LeaderboardTally {

    private LeaderboardTally() {}

    public static Collection<UserTotals> tally(
            Iterable<Sequence> sequences,
            LeaderboardFilter filter,
            ToLongFunction<Sequence> viewpointsReceived,
            Function<UserId, Username> usernames) {
        Map<UserId, UserTotals> totals = new HashMap<>();
        for (Sequence s : sequences) {
            if (filter.matches(s)) {
                UserTotals current = totals.computeIfAbsent(
                        s.owner(), owner -> new UserTotals(owner, usernames.apply(owner), 0, Distance.ZERO, 0));
                totals.put(s.owner(), current.plus(s.photoCount(), s.distance(), viewpointsReceived.applyAsLong(s)));
            }
        }
        return totals.values();
    }
}
