package org.mtp.application.port.out.leaderboard;

import java.util.Optional;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.UserId;

/**
 * Outgoing port for global leaderboards: rows ranked by the metric with global competition ranks (see
 * {@link org.mtp.domain.leaderboard.CompetitionRanking}), users with zero left out, paged.
 */
public interface LeaderboardReader {

    Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page);

    /**
     * One user's row on a board (their totals and global competition rank, exactly as {@link #read} would list it), or
     * empty when they have nothing on it. A store answers it directly rather than reading the board: a profile asks for
     * it on every view.
     */
    Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user);
}
