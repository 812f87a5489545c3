package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.oauth.DuplicateClientIdException;

/** Persistence adapter: registered OAuth clients in {@code oauth_clients}, with their redirect URIs in order. */
public final class JpaClientRepository implements ClientRepository {

    /** SQLSTATE of a unique or primary key violation, on both databases. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManagers entityManagers;

    public JpaClientRepository(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    /** One statement: the client and its redirect URIs, since every authorization and token request reads them. */
    @Override
    public Optional<OAuthClient> findById(ClientId id) {
        return entityManagers
                .current()
                .createQuery(
                        "SELECT c FROM OAuthClientJpaEntity c LEFT JOIN FETCH c.redirectUris WHERE c.clientId = :id",
                        OAuthClientJpaEntity.class)
                .setParameter("id", id.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(OAuthClientMapper::toModelEntity);
    }

    /**
     * Flushes at once, so that a taken id surfaces here as the port's exception; the violation is attached as
     * suppressed, not as the cause, for the reason {@code JpaUserRepository.save} gives.
     */
    @Override
    public void save(OAuthClient client) {
        EntityManager em = entityManagers.current();
        try {
            em.persist(OAuthClientMapper.toJpaEntity(client));
            em.flush();
        } catch (EntityExistsException e) {
            throw duplicate(client.id(), e);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw duplicate(client.id(), e);
            }
            throw e;
        }
    }

    private static DuplicateClientIdException duplicate(ClientId id, RuntimeException violation) {
        DuplicateClientIdException duplicate = new DuplicateClientIdException(id, null);
        duplicate.addSuppressed(violation);
        return duplicate;
    }

    /** The client id is the table's only unique key (its URIs are distinct by the model), so any violation is it. */
    private static boolean isUniqueViolation(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
