package org.mtp.domain.challenge;

import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** One ranked line of a challenge leaderboard; the rank is global, never restarted per page. */
public record ChallengeLeaderboardRow(int rank, UserId userId, Username username, int photos, Distance distance) {

    public ChallengeLeaderboardRow {
        Require.that(rank >= 1, "rank", "must be at least 1");
        Require.notNull("user_id", userId);
        Require.notNull("username", username);
        Require.that(photos >= 0, "photos", "must not be negative");
        Require.notNull("distance", distance);
    }
}
