package org.mtp.application.port.in.leaderboard;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;

/** Use case: read a global leaderboard (photos, distance or viewpoints) with filters, ranked globally, paged. */
public interface ReadLeaderboardUseCase {

    Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page);
}
