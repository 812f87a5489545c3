package org.mtp.application.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Test double summing the shares that {@link InMemoryDerivedData} keeps (as the database sums its kept totals), ranked
 * by the domain's rule: a fact a use case forgot to hand over is missing here too.
 */
public final class InMemoryLeaderboards implements LeaderboardReader {

    private final InMemoryDerivedData derived;
    private final InMemoryUserDirectory users;

    public InMemoryLeaderboards(InMemoryDerivedData derived, InMemoryUserDirectory users) {
        this.derived = derived;
        this.users = users;
    }

    @Override
    public Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page) {
        List<RankedRow<UserTotals>> ranked =
                CompetitionRanking.rank(totals(filter).values(), metric);
        return OffsetCursor.page(ranked, page);
    }

    /** The user's totals and one more than the number of users with a strictly greater value: no board is sorted. */
    @Override
    public Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user) {
        Map<UserId, UserTotals> totals = totals(filter);
        UserTotals mine = totals.get(user);
        if (mine == null || metric.valueOf(mine) <= 0) {
            return Optional.empty();
        }
        long value = metric.valueOf(mine);
        long greater = totals.values().stream()
                .filter(other -> metric.valueOf(other) > value)
                .count();
        return Optional.of(new RankedRow<>(Math.toIntExact(greater + 1), mine));
    }

    private Map<UserId, UserTotals> totals(LeaderboardFilter filter) {
        Map<UserId, UserTotals> totals = new HashMap<>();
        for (InMemoryDerivedData.Ledger ledger : derived.boards()) {
            BoardShare share = ledger.share();
            if (filter.matches(share)) {
                totals.computeIfAbsent(share.owner(), this::none);
                totals.computeIfPresent(
                        share.owner(), (owner, sum) -> sum.plus(share.photos(), share.distance(), ledger.viewpoints()));
            }
        }
        return totals;
    }

    private UserTotals none(UserId owner) {
        return new UserTotals(owner, users.usernameOf(owner).orElse(Username.of("unknown")), 0, Distance.ZERO, 0);
    }
}
