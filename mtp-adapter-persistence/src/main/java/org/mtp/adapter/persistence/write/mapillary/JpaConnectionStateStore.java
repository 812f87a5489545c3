package org.mtp.adapter.persistence.write.mapillary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: one-time Mapillary connection states in {@code mapillary_connection_states}. Consuming a state
 * deletes its row: of two concurrent consumers only one can delete it, so only one gets the user. A consumer also
 * purges its user's expired states, so abandoned attempts do not pile up.
 */
public final class JpaConnectionStateStore implements ConnectionStateStore {

    private final EntityManagers entityManagers;

    public JpaConnectionStateStore(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    @Override
    public void save(String stateHash, UserId user, Instant expiresAt) {
        save(stateHash, user, expiresAt, (String) null);
    }

    @Override
    public void save(String stateHash, UserId user, Instant expiresAt, ReturnPath returnTo) {
        save(stateHash, user, expiresAt, returnTo.value());
    }

    @Override
    public Optional<ReturnPath> returnPath(String stateHash, Instant now) {
        MapillaryConnectionStateJpaEntity row =
                entityManagers.current().find(MapillaryConnectionStateJpaEntity.class, stateHash);
        if (row == null || !now.isBefore(row.getExpiresAt()) || row.getReturnPath() == null) {
            return Optional.empty();
        }
        return Optional.of(ReturnPath.of(row.getReturnPath()));
    }

    private void save(String stateHash, UserId user, Instant expiresAt, String returnPath) {
        EntityManager em = entityManagers.current();
        MapillaryConnectionStateJpaEntity row = new MapillaryConnectionStateJpaEntity(
                stateHash, user.value(), Timestamps.normalize(expiresAt), returnPath);
        em.persist(row);
        // Written now and forgotten: consume deletes rows with a statement, which a managed copy would not see.
        em.flush();
        em.detach(row);
    }

    @Override
    public Optional<UserId> consume(String stateHash, Instant now) {
        EntityManager em = entityManagers.current();
        MapillaryConnectionStateJpaEntity row = em.find(MapillaryConnectionStateJpaEntity.class, stateHash);
        if (row == null) {
            return Optional.empty();
        }
        em.detach(row);
        int deleted = em.createQuery("DELETE FROM MapillaryConnectionStateJpaEntity s WHERE s.stateHash = :hash")
                .setParameter("hash", stateHash)
                .executeUpdate();
        purgeExpired(em, row.getUserId(), Timestamps.normalize(now));
        boolean won = deleted == 1 && now.isBefore(row.getExpiresAt());
        return won ? Optional.of(UserId.of(row.getUserId())) : Optional.empty();
    }

    private static void purgeExpired(EntityManager em, UUID user, Instant now) {
        em.createQuery("DELETE FROM MapillaryConnectionStateJpaEntity s WHERE s.userId = :user AND s.expiresAt <= :now")
                .setParameter("user", user)
                .setParameter("now", now)
                .executeUpdate();
    }
}
