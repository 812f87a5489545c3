package org.mtp.application.port.in.leaderboard;

import java.util.Optional;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.UserId;

/**
 * Use case: one person's row (global rank and totals) on a filtered global leaderboard, so a page can show where they
 * stand when their row is not on the page shown; empty when they have nothing on that board.
 */
public interface ReadLeaderboardRowUseCase {

    Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user);
}
