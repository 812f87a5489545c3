package org.mtp.adapter.persistence.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: a row of {@code authorization_codes}, keyed by the hash of a one-time code (the code itself is
 * never stored), with the PKCE challenge when the client sent one.
 */
@Entity
@Table(name = "authorization_codes")
class AuthorizationCodeJpaEntity {

  @Id
  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "client_id", nullable = false, updatable = false, length = 100)
  private String clientId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "redirect_uri", nullable = false, updatable = false, length = 2_000)
  private String redirectUri;

  @Column(name = "scope", nullable = false, updatable = false, length = 1_000)
  private String scope;

  @Column(name = "code_challenge", updatable = false, length = 128)
  private String codeChallenge;

  @Column(name = "code_challenge_method", updatable = false, length = 16)
  private String codeChallengeMethod;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AuthorizationCodeJpaEntity() {}

  AuthorizationCodeJpaEntity(String codeHash, String clientId, UUID userId, String redirectUri, String scope,
      String codeChallenge, String codeChallengeMethod, Instant expiresAt) {
    this.codeHash = codeHash;
    this.clientId = clientId;
    this.userId = userId;
    this.redirectUri = redirectUri;
    this.scope = scope;
    this.codeChallenge = codeChallenge;
    this.codeChallengeMethod = codeChallengeMethod;
    this.expiresAt = expiresAt;
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

  String getScope() {
    return scope;
  }

  String getCodeChallenge() {
    return codeChallenge;
  }

  String getCodeChallengeMethod() {
    return codeChallengeMethod;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getUsedAt() {
    return usedAt;
  }

  void setUsedAt(Instant usedAt) {
    this.usedAt = usedAt;
  }
}
