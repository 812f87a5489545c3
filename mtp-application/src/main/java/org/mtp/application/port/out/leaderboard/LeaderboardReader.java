package org.mtp.application.port.out.leaderboard;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;

/**
 * Outgoing port for global leaderboards: rows ranked by the metric with global competition ranks (see
 * {@link org.mtp.domain.leaderboard.CompetitionRanking}), users with zero left out, paged.
 */
public interface LeaderboardReader {

    Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page);
}
