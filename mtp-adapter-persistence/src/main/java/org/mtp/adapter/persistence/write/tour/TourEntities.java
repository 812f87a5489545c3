package org.mtp.adapter.persistence.write.tour;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class TourEntities {

    private TourEntities() {}

    public static List<Class<?>> classes() {
        return List.of(TourJpaEntity.class, TourTagJpaValue.class, TourSequenceJpaValue.class);
    }
}
