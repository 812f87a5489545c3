package org.mtp.domain.challenge;

import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** One user's contribution (of one sequence, or already summed) handed to {@link ChallengeLeaderboard}. */
public record ChallengeLeaderboardEntry(UserId userId, Username username, ChallengeContribution contribution) {

    public ChallengeLeaderboardEntry {
        Require.notNull("user_id", userId);
        Require.notNull("username", username);
        Require.notNull("contribution", contribution);
    }
}
