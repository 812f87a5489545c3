package org.mtp.domain.leaderboard;

/** What a global leaderboard ranks by: photos of matching sequences, their distance, or viewpoints received on them. */
public enum LeaderboardMetric {
    PHOTOS,
    DISTANCE,
    VIEWPOINTS;

    /** This metric's value in a user's totals; distance in whole metres, so ties are exact. */
    public long valueOf(UserTotals totals) {
        return switch (this) {
            case PHOTOS -> totals.photos();
            case DISTANCE -> totals.distance().metres();
            case VIEWPOINTS -> totals.viewpoints();
        };
    }
}
