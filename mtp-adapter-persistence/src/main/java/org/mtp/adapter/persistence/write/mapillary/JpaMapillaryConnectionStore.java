package org.mtp.adapter.persistence.write.mapillary;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import org.mtp.adapter.persistence.crypto.TamperedCiphertextException;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.domain.user.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistence adapter: each user's Mapillary connection in {@code mapillary_tokens}, tokens encrypted at rest.
 *
 * <p>A token still under the previous key ({@code MTP_SECRET_KEY_PREVIOUS}) is re-encrypted under the current key when
 * it is read, in the reader's transaction. A row whose tokens do not authenticate (altered, or under a key that is no
 * longer configured) reads as <em>no connection</em>: the user is asked to connect again, which replaces the row, and
 * one warning line names the user and the reason, never a token or a ciphertext. The row is kept, so that restoring a
 * forgotten key makes it readable again.
 */
public final class JpaMapillaryConnectionStore implements MapillaryConnectionStore {

    private static final Logger LOG = LoggerFactory.getLogger(JpaMapillaryConnectionStore.class);

    private final EntityManagers entityManagers;
    private final TokenCipher cipher;

    public JpaMapillaryConnectionStore(EntityManagers entityManagers, TokenCipher cipher) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
        this.cipher = Objects.requireNonNull(cipher, "'cipher' must not be null");
    }

    @Override
    public void save(UserId user, MapillaryConnection connection) {
        EntityManager em = entityManagers.current();
        MapillaryTokenJpaEntity row = em.find(MapillaryTokenJpaEntity.class, user.value());
        if (row == null) {
            em.persist(MapillaryConnectionMapper.toJpaEntity(user, connection, cipher));
        } else {
            MapillaryConnectionMapper.write(row, connection, cipher);
        }
    }

    @Override
    public Optional<MapillaryConnection> find(UserId user) {
        EntityManager em = entityManagers.current();
        MapillaryTokenJpaEntity row = em.find(MapillaryTokenJpaEntity.class, user.value());
        if (row == null) {
            return Optional.empty();
        }
        MapillaryConnectionMapper.Decrypted decrypted;
        try {
            decrypted = MapillaryConnectionMapper.toModelEntity(row, cipher);
        } catch (TamperedCiphertextException e) {
            LOG.warn(
                    "The stored Mapillary token of user {} (key id {}) cannot be decrypted: {}. The user counts as not"
                            + " connected until they connect again.",
                    user,
                    row.getKeyId(),
                    e.getMessage());
            return Optional.empty();
        }
        if (decrypted.needsReEncryption()) {
            reEncrypt(em, row, decrypted.connection());
        }
        return Optional.of(decrypted.connection());
    }

    /**
     * Writes the tokens again under the current key, only if the row still holds what was read: a reconnect that
     * committed meanwhile must not be overwritten with the older grant.
     */
    private void reEncrypt(EntityManager em, MapillaryTokenJpaEntity row, MapillaryConnection connection) {
        EncryptedTokens fresh = MapillaryConnectionMapper.encrypt(row.getUserId(), connection.grant(), cipher);
        em.createQuery("UPDATE MapillaryTokenJpaEntity t SET t.ciphertext = :access, t.refreshCiphertext = :refresh,"
                        + " t.keyId = :keyId WHERE t.userId = :user AND t.ciphertext = :read")
                .setParameter("access", fresh.access())
                .setParameter("refresh", fresh.refresh())
                .setParameter("keyId", fresh.keyId())
                .setParameter("user", row.getUserId())
                .setParameter("read", row.getCiphertext())
                .executeUpdate();
        // The loaded object no longer matches the row; the next read in this transaction loads it again.
        em.detach(row);
    }

    @Override
    public void delete(UserId user) {
        EntityManager em = entityManagers.current();
        MapillaryTokenJpaEntity row = em.find(MapillaryTokenJpaEntity.class, user.value());
        if (row != null) {
            em.remove(row);
        }
    }
}
