package org.mtp.adapter.persistence.write.viewpoint;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class ViewpointEntities {

    private ViewpointEntities() {}

    public static List<Class<?>> classes() {
        return List.of(ViewpointJpaEntity.class, ViewpointJpaId.class);
    }
}
