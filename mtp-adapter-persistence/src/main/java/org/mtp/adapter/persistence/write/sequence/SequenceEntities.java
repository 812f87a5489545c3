package org.mtp.adapter.persistence.write.sequence;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class SequenceEntities {

    private SequenceEntities() {}

    public static List<Class<?>> classes() {
        return List.of(SequenceJpaEntity.class, PhotoJpaEntity.class, PhotoJpaId.class, SequenceTagJpaValue.class);
    }
}
