package org.mtp.adapter.persistence.write.user;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Persistence adapter: user id to username and back from {@code users}, by the unique lower-case username key. */
public final class JpaUserDirectory implements UserDirectory {

    /** Ids per statement: well under every database's bind-parameter limit. */
    private static final int IDS_PER_QUERY = 1_000;

    private final EntityManagers entityManagers;

    public JpaUserDirectory(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    @Override
    public Optional<Username> usernameOf(UserId id) {
        return entityManagers
                .current()
                .createQuery("SELECT u.username FROM UserJpaEntity u WHERE u.id = :id", String.class)
                .setParameter("id", id.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(Username::of);
    }

    @Override
    public Map<UserId, Username> usernamesOf(Collection<UserId> ids) {
        List<UUID> all = ids.stream().map(UserId::value).distinct().toList();
        Map<UserId, Username> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            entityManagers
                    .current()
                    .createQuery("SELECT u.id, u.username FROM UserJpaEntity u WHERE u.id IN :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> found.put(UserId.of((UUID) row[0]), Username.of((String) row[1])));
        }
        return found;
    }

    @Override
    public Optional<UserId> idOf(Username username) {
        return entityManagers
                .current()
                .createQuery("SELECT u.id FROM UserJpaEntity u WHERE u.usernameKey = :key", UUID.class)
                .setParameter("key", username.normalized())
                .getResultList()
                .stream()
                .findFirst()
                .map(UserId::of);
    }
}
