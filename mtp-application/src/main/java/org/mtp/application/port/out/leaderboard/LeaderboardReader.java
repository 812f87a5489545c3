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
     * One user's row on a board, or empty when they have nothing on it. By default it reads the board page by page; a
     * store that can find a row directly answers the same faster.
     */
    default Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user) {
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<RankedRow<UserTotals>> page = read(filter, metric, request);
            for (RankedRow<UserTotals> row : page.items()) {
                if (row.entry().user().equals(user)) {
                    return Optional.of(row);
                }
            }
            if (page.next().isEmpty()) {
                return Optional.empty();
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor());
        }
    }
}
