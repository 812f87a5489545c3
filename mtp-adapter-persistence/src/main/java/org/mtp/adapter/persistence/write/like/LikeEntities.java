package org.mtp.adapter.persistence.write.like;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class LikeEntities {

    private LikeEntities() {}

    public static List<Class<?>> classes() {
        return List.of(
                SequenceLikeJpaEntity.class, SequenceLikeJpaId.class, TourLikeJpaEntity.class, TourLikeJpaId.class);
    }
}
