package org.mtp.application.port.in.profile;

import java.util.Map;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Use case: a person's public profile: their name, all-time totals and rank on each global board; never their email.
 */
public interface GetProfileUseCase {

    /** Fails with {@code NotFoundException} when nobody has that username (case-insensitive). */
    Profile get(Username username);

    /**
     * A profile; a board on which the person has nothing has no rank for them (boards leave zeros out), and their
     * totals are then zero.
     */
    record Profile(UserId user, Username username, UserTotals totals, Map<LeaderboardMetric, Integer> ranks) {

        public Profile {
            Require.notNull("user", user);
            Require.notNull("username", username);
            Require.notNull("totals", totals);
            ranks = Map.copyOf(ranks);
        }

        public Optional<Integer> rankOn(LeaderboardMetric metric) {
            return Optional.ofNullable(ranks.get(metric));
        }
    }
}
