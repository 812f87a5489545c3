package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: access tokens in {@code access_tokens}, only their SHA-256 hashes. Revoking is one conditional
 * update that commits with the use case, so the next request with the token is refused. A user's tokens are
 * keyset-paged newest first off the index {@code (user_id, created_at DESC, id DESC)}. Rows are never left managed, so
 * that no stale copy hides a revocation made by statement.
 */
public final class JpaAccessTokenStore implements AccessTokenStore {

    private final EntityManagers entityManagers;

    public JpaAccessTokenStore(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    @Override
    public void save(AccessTokenRecord token) {
        EntityManager em = entityManagers.current();
        AccessTokenJpaEntity row = AccessTokenMapper.toJpaEntity(token);
        em.persist(row);
        em.flush();
        em.detach(row);
    }

    @Override
    public Optional<AccessTokenRecord> findByHash(TokenHash hash) {
        EntityManager em = entityManagers.current();
        return read(
                        em,
                        em
                                .createQuery(
                                        "SELECT t FROM AccessTokenJpaEntity t WHERE t.tokenHash = :hash",
                                        AccessTokenJpaEntity.class)
                                .setParameter("hash", hash.hex())
                                .getResultList()
                                .stream())
                .findFirst();
    }

    @Override
    public Optional<AccessTokenRecord> findById(AccessTokenId id) {
        EntityManager em = entityManagers.current();
        return read(em, Stream.ofNullable(em.find(AccessTokenJpaEntity.class, id.value())))
                .findFirst();
    }

    @Override
    public boolean revoke(AccessTokenId id, Instant at) {
        int updated = entityManagers
                .current()
                .createQuery(
                        "UPDATE AccessTokenJpaEntity t SET t.revokedAt = :at WHERE t.id = :id AND t.revokedAt IS NULL")
                .setParameter("at", Timestamps.normalize(at))
                .setParameter("id", id.value())
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public int revokeAllOfUser(UserId userId, Optional<ClientId> client, Optional<AccessTokenId> except, Instant at) {
        var update = entityManagers
                .current()
                .createQuery("UPDATE AccessTokenJpaEntity t SET t.revokedAt = :at"
                        + " WHERE t.userId = :user AND t.revokedAt IS NULL"
                        + (client.isPresent() ? " AND t.clientId = :client" : "")
                        + (except.isPresent() ? " AND t.id <> :except" : ""))
                .setParameter("at", Timestamps.normalize(at))
                .setParameter("user", userId.value());
        client.ifPresent(id -> update.setParameter("client", id.value()));
        except.ifPresent(id -> update.setParameter("except", id.value()));
        return update.executeUpdate();
    }

    @Override
    public List<AccessTokenRecord> listActiveByUser(UserId userId, Optional<TokenPosition> after, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("'limit' must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        EntityManager em = entityManagers.current();
        String afterPosition =
                after.isPresent() ? " AND (t.createdAt < :createdAt OR (t.createdAt = :createdAt AND t.id < :id))" : "";
        TypedQuery<AccessTokenJpaEntity> query = em.createQuery(
                        "SELECT t FROM AccessTokenJpaEntity t"
                                + " WHERE t.userId = :user AND t.revokedAt IS NULL" + afterPosition
                                + " ORDER BY t.createdAt DESC, t.id DESC",
                        AccessTokenJpaEntity.class)
                .setParameter("user", userId.value())
                .setMaxResults(limit);
        after.ifPresent(position -> query.setParameter("createdAt", position.createdAt())
                .setParameter("id", position.id().value()));
        return read(em, query.getResultList().stream()).toList();
    }

    private static Stream<AccessTokenRecord> read(EntityManager em, Stream<AccessTokenJpaEntity> rows) {
        return rows.map(row -> {
            em.detach(row);
            return AccessTokenMapper.toModelEntity(row);
        });
    }
}
