package org.mtp.adapter.persistence.write.mapillary;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class MapillaryEntities {

    private MapillaryEntities() {}

    public static List<Class<?>> classes() {
        return List.of(MapillaryConnectionStateJpaEntity.class, MapillaryTokenJpaEntity.class);
    }
}
