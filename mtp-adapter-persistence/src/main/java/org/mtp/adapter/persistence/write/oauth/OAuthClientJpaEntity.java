package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code oauth_clients} with its registered redirect URIs in order. Only a hash of a
 * confidential client's secret is stored.
 */
@Entity
@Table(name = "oauth_clients")
class OAuthClientJpaEntity {

    @Id
    // No constant in Limits: ClientId's own pattern allows 1 to 100 characters.
    @Column(name = "client_id", nullable = false, updatable = false, length = 100)
    private String clientId;

    @Column(name = "name", nullable = false, length = Limits.NAME_MAX)
    private String name;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    // A TokenHash (64 hex digits, its own check), in a column left wider; no constant in Limits.
    @Column(name = "secret_hash", length = 255)
    private String secretHash;

    @Column(name = "owner_id", updatable = false)
    private UUID ownerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "first_party", nullable = false, updatable = false)
    private boolean firstParty;

    @ElementCollection
    @CollectionTable(name = "oauth_client_redirect_uris", joinColumns = @JoinColumn(name = "client_id"))
    @OrderBy("position")
    private List<RedirectUriJpaValue> redirectUris = new ArrayList<>();

    protected OAuthClientJpaEntity() {}

    OAuthClientJpaEntity(
            String clientId,
            String name,
            boolean confidential,
            String secretHash,
            UUID ownerId,
            Instant createdAt,
            boolean firstParty,
            List<RedirectUriJpaValue> redirectUris) {
        this.clientId = clientId;
        this.name = name;
        this.confidential = confidential;
        this.secretHash = secretHash;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.firstParty = firstParty;
        this.redirectUris.addAll(redirectUris);
    }

    String getClientId() {
        return clientId;
    }

    String getName() {
        return name;
    }

    boolean isConfidential() {
        return confidential;
    }

    String getSecretHash() {
        return secretHash;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isFirstParty() {
        return firstParty;
    }

    List<RedirectUriJpaValue> getRedirectUris() {
        return redirectUris;
    }
}
