package org.mtp.application.service.leaderboard;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardUseCase;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.Require;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;

/** Use case service: reads a global leaderboard from the store's maintained totals. */
public final class LeaderboardService implements ReadLeaderboardUseCase {

    private final LeaderboardReader reader;
    private final UnitOfWork unitOfWork;

    public LeaderboardService(LeaderboardReader reader, UnitOfWork unitOfWork) {
        this.reader = reader;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page) {
        Require.notNull("metric", metric);
        Require.notNull("page", page);
        LeaderboardFilter f = filter == null ? LeaderboardFilter.ALL : filter;
        return unitOfWork.reading(() -> reader.read(f, metric, page));
    }
}
