package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: a row of {@code access_tokens}; only the token's hash is stored, looked up by it. mtp's tokens
 * do not expire (the {@code expires_at} column stays null, unmapped); {@code revoked_at} changes only through the
 * store's atomic update.
 */
@Entity
@Table(name = "access_tokens")
class AccessTokenJpaEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    // A TokenHash: exactly 64 hex digits, its own check; no constant in Limits.
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    // No constant in Limits: ClientId's own pattern allows 1 to 100 characters.
    @Column(name = "client_id", nullable = false, updatable = false, length = 100)
    private String clientId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    // No limit in the model: the scope names a token holds (Scopes), far shorter.
    @Column(name = "scope", nullable = false, updatable = false, length = 1_000)
    private String scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessTokenJpaEntity() {}

    AccessTokenJpaEntity(
            UUID id,
            String tokenHash,
            String clientId,
            UUID userId,
            String scope,
            Instant createdAt,
            Instant revokedAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.clientId = clientId;
        this.userId = userId;
        this.scope = scope;
        this.createdAt = createdAt;
        this.revokedAt = revokedAt;
    }

    UUID getId() {
        return id;
    }

    String getTokenHash() {
        return tokenHash;
    }

    String getClientId() {
        return clientId;
    }

    UUID getUserId() {
        return userId;
    }

    String getScope() {
        return scope;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
