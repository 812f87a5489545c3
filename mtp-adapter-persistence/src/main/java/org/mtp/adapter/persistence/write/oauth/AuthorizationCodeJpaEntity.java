package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: a row of {@code authorization_codes}, keyed by the hash of a one-time code (the code itself is
 * never stored), with the PKCE challenge when the client sent one. {@code used_at} and {@code issued_token_id} change
 * only through the store's atomic update: this class has no setters.
 */
@Entity
@Table(name = "authorization_codes")
class AuthorizationCodeJpaEntity {

    @Id
    // A TokenHash: exactly 64 hex digits, its own check; no constant in Limits.
    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    // No constant in Limits: ClientId's own pattern allows 1 to 100 characters.
    @Column(name = "client_id", nullable = false, updatable = false, length = 100)
    private String clientId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "redirect_uri", nullable = false, updatable = false, length = Limits.LINK_MAX)
    private String redirectUri;

    @Column(name = "redirect_uri_given", nullable = false, updatable = false)
    private boolean redirectUriGiven;

    // No limit in the model: the scope names a code grants (Scopes), far shorter.
    @Column(name = "scope", nullable = false, updatable = false, length = 1_000)
    private String scope;

    // No constant in Limits: CodeChallenge is 43 characters (its own check); 128 is RFC 7636's longest.
    @Column(name = "code_challenge", updatable = false, length = 128)
    private String codeChallenge;

    // No limit in the model: the method's name (S256).
    @Column(name = "code_challenge_method", updatable = false, length = 16)
    private String codeChallengeMethod;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "issued_token_id")
    private UUID issuedTokenId;

    protected AuthorizationCodeJpaEntity() {}

    AuthorizationCodeJpaEntity(
            String codeHash,
            String clientId,
            UUID userId,
            String redirectUri,
            boolean redirectUriGiven,
            String scope,
            String codeChallenge,
            String codeChallengeMethod,
            Instant issuedAt,
            Instant expiresAt,
            Instant usedAt,
            UUID issuedTokenId) {
        this.codeHash = codeHash;
        this.clientId = clientId;
        this.userId = userId;
        this.redirectUri = redirectUri;
        this.redirectUriGiven = redirectUriGiven;
        this.scope = scope;
        this.codeChallenge = codeChallenge;
        this.codeChallengeMethod = codeChallengeMethod;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.issuedTokenId = issuedTokenId;
    }

    String getCodeHash() {
        return codeHash;
    }

    String getClientId() {
        return clientId;
    }

    UUID getUserId() {
        return userId;
    }

    String getRedirectUri() {
        return redirectUri;
    }

    boolean isRedirectUriGiven() {
        return redirectUriGiven;
    }

    String getScope() {
        return scope;
    }

    String getCodeChallenge() {
        return codeChallenge;
    }

    String getCodeChallengeMethod() {
        return codeChallengeMethod;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    UUID getIssuedTokenId() {
        return issuedTokenId;
    }
}
