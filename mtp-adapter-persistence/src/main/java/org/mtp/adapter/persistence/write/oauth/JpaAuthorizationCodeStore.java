package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.domain.time.Timestamps;

/**
 * Persistence adapter: authorization codes in {@code authorization_codes}, by the hash of the code. A code is marked
 * used by one conditional update ({@code ... WHERE used_at IS NULL}): the database lets exactly one of several
 * concurrent exchanges change the row. Rows are never left managed, so that no stale copy hides that update.
 */
public final class JpaAuthorizationCodeStore implements AuthorizationCodeStore {

    private final EntityManagers entityManagers;

    public JpaAuthorizationCodeStore(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    @Override
    public void save(AuthorizationCodeRecord code) {
        EntityManager em = entityManagers.current();
        AuthorizationCodeJpaEntity row = AuthorizationCodeMapper.toJpaEntity(code);
        em.persist(row);
        em.flush();
        em.detach(row);
    }

    @Override
    public Optional<AuthorizationCodeRecord> findByHash(TokenHash hash) {
        EntityManager em = entityManagers.current();
        AuthorizationCodeJpaEntity row = em.find(AuthorizationCodeJpaEntity.class, hash.hex());
        if (row == null) {
            return Optional.empty();
        }
        em.detach(row);
        return Optional.of(AuthorizationCodeMapper.toModelEntity(row));
    }

    @Override
    public boolean markUsed(TokenHash hash, Instant at, AccessTokenId issuedToken) {
        int updated = entityManagers
                .current()
                .createQuery("UPDATE AuthorizationCodeJpaEntity c SET c.usedAt = :at, c.issuedTokenId = :token"
                        + " WHERE c.codeHash = :hash AND c.usedAt IS NULL")
                .setParameter("at", Timestamps.normalize(at))
                .setParameter("token", issuedToken.value())
                .setParameter("hash", hash.hex())
                .executeUpdate();
        return updated == 1;
    }
}
