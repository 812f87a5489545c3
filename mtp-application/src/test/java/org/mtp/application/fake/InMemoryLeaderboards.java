package org.mtp.application.fake;

import java.util.List;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.LeaderboardTally;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.Username;

/** Test double computing every board from scratch with the domain's reference tally: slow, and always right. */
public final class InMemoryLeaderboards implements LeaderboardReader {

    private final InMemorySequences sequences;
    private final InMemoryViewpoints viewpoints;
    private final InMemoryUserDirectory users;

    public InMemoryLeaderboards(
            InMemorySequences sequences, InMemoryViewpoints viewpoints, InMemoryUserDirectory users) {
        this.sequences = sequences;
        this.viewpoints = viewpoints;
        this.users = users;
    }

    @Override
    public Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page) {
        List<RankedRow<UserTotals>> ranked = CompetitionRanking.rank(
                LeaderboardTally.tally(
                        sequences.all(),
                        filter,
                        s -> viewpoints.countOnSequence(s.id()),
                        id -> users.usernameOf(id).orElse(Username.of("unknown"))),
                metric);
        return OffsetCursor.page(ranked, page);
    }
}
