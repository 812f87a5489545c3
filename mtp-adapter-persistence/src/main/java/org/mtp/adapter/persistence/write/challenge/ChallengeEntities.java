package org.mtp.adapter.persistence.write.challenge;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class ChallengeEntities {

    private ChallengeEntities() {}

    public static List<Class<?>> classes() {
        return List.of(ChallengeJpaEntity.class, ChallengeCameraMakeJpaValue.class, AreaPositionJpaValue.class);
    }
}
