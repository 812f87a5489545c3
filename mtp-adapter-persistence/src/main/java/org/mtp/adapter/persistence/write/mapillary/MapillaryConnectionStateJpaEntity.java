package org.mtp.adapter.persistence.write.mapillary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: a row of {@code mapillary_connection_states}, the one-time {@code state} of a Mapillary
 * connection, stored as a hash; consuming it deletes the row, so it can be used once, and only before it expires.
 */
@Entity
@Table(name = "mapillary_connection_states")
class MapillaryConnectionStateJpaEntity {

    @Id
    // A SHA-256 in hex: 64 characters, no constant in Limits.
    @Column(name = "state_hash", nullable = false, updatable = false, length = 64)
    private String stateHash;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    // Null for a connection an API client started: its callback answers with its own page.
    @Column(name = "return_path", updatable = false, length = 2000)
    private String returnPath;

    protected MapillaryConnectionStateJpaEntity() {}

    MapillaryConnectionStateJpaEntity(String stateHash, UUID userId, Instant expiresAt, String returnPath) {
        this.stateHash = stateHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.returnPath = returnPath;
    }

    String getStateHash() {
        return stateHash;
    }

    UUID getUserId() {
        return userId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    String getReturnPath() {
        return returnPath;
    }
}
