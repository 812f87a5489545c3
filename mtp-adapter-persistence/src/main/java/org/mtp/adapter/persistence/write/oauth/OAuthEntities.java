package org.mtp.adapter.persistence.write.oauth;

import java.util.List;

/** Persistence adapter: the JPA classes of this package, for the persistence unit (they stay package-private). */
public final class OAuthEntities {

    private OAuthEntities() {}

    public static List<Class<?>> classes() {
        return List.of(OAuthClientJpaEntity.class, AuthorizationCodeJpaEntity.class, AccessTokenJpaEntity.class);
    }
}
