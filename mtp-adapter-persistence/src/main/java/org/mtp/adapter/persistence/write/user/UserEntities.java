package org.mtp.adapter.persistence.write.user;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class UserEntities {

    private UserEntities() {}

    public static List<Class<?>> classes() {
        return List.of(UserJpaEntity.class);
    }
}
