package org.mtp.application.service.profile;

import java.util.EnumMap;
import java.util.Map;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.profile.GetProfileUseCase;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Use case service: a profile from the user directory and the person's row on each unfiltered global board. */
public final class ProfileService implements GetProfileUseCase {

    private final UserDirectory users;
    private final LeaderboardReader boards;
    private final UnitOfWork unitOfWork;

    public ProfileService(UserDirectory users, LeaderboardReader boards, UnitOfWork unitOfWork) {
        this.users = users;
        this.boards = boards;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Profile get(Username username) {
        Require.notNull("username", username);
        return unitOfWork.reading(() -> {
            UserId id = users.idOf(username).orElseThrow(() -> new NotFoundException("user", username.value()));
            Username name = users.usernameOf(id).orElse(username);
            UserTotals totals = new UserTotals(id, name, 0, Distance.ZERO, 0);
            Map<LeaderboardMetric, Integer> ranks = new EnumMap<>(LeaderboardMetric.class);
            for (LeaderboardMetric metric : LeaderboardMetric.values()) {
                var row = boards.rowOf(LeaderboardFilter.ALL, metric, id);
                if (row.isPresent()) {
                    RankedRow<UserTotals> found = row.get();
                    ranks.put(metric, found.rank());
                    totals = found.entry();
                }
            }
            return new Profile(id, name, totals, ranks);
        });
    }
}
