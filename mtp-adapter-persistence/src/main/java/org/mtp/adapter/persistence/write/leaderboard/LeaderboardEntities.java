package org.mtp.adapter.persistence.write.leaderboard;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class LeaderboardEntities {

    private LeaderboardEntities() {}

    public static List<Class<?>> classes() {
        return List.of(
                UserTotalsJpaEntity.class,
                LeaderboardParentYearJpaEntity.class,
                LeaderboardParentYearJpaId.class,
                LeaderboardCellJpaEntity.class,
                LeaderboardCellJpaId.class);
    }
}
