package org.mtp.domain.leaderboard;

import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** One user's sums on a leaderboard: photos, distance and viewpoints received on matching sequences. */
public record UserTotals(UserId user, Username username, long photos, Distance distance, long viewpoints) {

    public UserTotals {
        Require.notNull("user", user);
        Require.notNull("username", username);
        Require.notNull("distance", distance);
        Require.that(photos >= 0, "photos", "must not be negative");
        Require.that(viewpoints >= 0, "viewpoints", "must not be negative");
    }

    public UserTotals plus(long morePhotos, Distance moreDistance, long moreViewpoints) {
        return new UserTotals(
                user, username, photos + morePhotos, distance.plus(moreDistance), viewpoints + moreViewpoints);
    }
}
