package org.mtp.adapter.persistence.write.mapillary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code mapillary_tokens}, a user's Mapillary connection with the access and refresh
 * tokens encrypted by the adapter ({@code key_id} names the key both are under, so keys can rotate). The plain tokens
 * are never stored.
 */
@Entity
@Table(name = "mapillary_tokens")
class MapillaryTokenJpaEntity {

    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "mapillary_user_id", nullable = false, length = Limits.KEY_MAX)
    private String mapillaryUserId;

    // No constant in Limits: MapillaryUser checks its username's 1 to 100 characters itself.
    @Column(name = "mapillary_username", nullable = false, length = 100)
    private String mapillaryUsername;

    // Not a domain value: the widths of the ciphertexts and key id are the adapter's own (TokenCipher, SecretKeys).
    @Column(name = "ciphertext", nullable = false, length = 8_192)
    private String ciphertext;

    @Column(name = "refresh_ciphertext", length = 8_192)
    private String refreshCiphertext;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    protected MapillaryTokenJpaEntity() {}

    MapillaryTokenJpaEntity(UUID userId) {
        this.userId = userId;
    }

    UUID getUserId() {
        return userId;
    }

    String getMapillaryUserId() {
        return mapillaryUserId;
    }

    String getMapillaryUsername() {
        return mapillaryUsername;
    }

    String getCiphertext() {
        return ciphertext;
    }

    String getRefreshCiphertext() {
        return refreshCiphertext;
    }

    String getKeyId() {
        return keyId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getConnectedAt() {
        return connectedAt;
    }

    /** Sets the Mapillary account, the encrypted grant and when it was made (a first connection or a reconnect). */
    void replace(
            String mapillaryUserId,
            String mapillaryUsername,
            EncryptedTokens tokens,
            Instant expiresAt,
            Instant connectedAt) {
        this.mapillaryUserId = mapillaryUserId;
        this.mapillaryUsername = mapillaryUsername;
        this.ciphertext = tokens.access();
        this.refreshCiphertext = tokens.refresh();
        this.keyId = tokens.keyId();
        this.expiresAt = expiresAt;
        this.connectedAt = connectedAt;
    }
}
