package org.mtp.application.service.leaderboard;

import java.util.Optional;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardRowUseCase;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardUseCase;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.Require;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.UserId;

/** Use case service: reads a global leaderboard, or one person's row on it, from the store's maintained totals. */
public final class LeaderboardService implements ReadLeaderboardUseCase, ReadLeaderboardRowUseCase {

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

    @Override
    public Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user) {
        Require.notNull("metric", metric);
        Require.notNull("user", user);
        LeaderboardFilter f = filter == null ? LeaderboardFilter.ALL : filter;
        return unitOfWork.reading(() -> reader.rowOf(f, metric, user));
    }
}
