package org.mtp.adapter.persistence.mapillary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: a row of {@code mapillary_tokens}, a user's Mapillary token encrypted by the adapter
 * ({@code key_id} names the key, so keys can rotate). The plain token is never stored.
 */
@Entity
@Table(name = "mapillary_tokens")
class MapillaryTokenJpaEntity {

  @Id
  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "mapillary_user_id", nullable = false, length = 100)
  private String mapillaryUserId;

  @Column(name = "mapillary_username", nullable = false, length = 100)
  private String mapillaryUsername;

  @Column(name = "ciphertext", nullable = false, length = 8_192)
  private String ciphertext;

  @Column(name = "key_id", nullable = false, length = 64)
  private String keyId;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

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

  String getKeyId() {
    return keyId;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Replaces the stored token (a reconnect) with a new ciphertext for the given Mapillary account. */
  void replace(String mapillaryUserId, String mapillaryUsername, String ciphertext, String keyId, Instant expiresAt,
      Instant updatedAt) {
    this.mapillaryUserId = mapillaryUserId;
    this.mapillaryUsername = mapillaryUsername;
    this.ciphertext = ciphertext;
    this.keyId = keyId;
    this.expiresAt = expiresAt;
    this.updatedAt = updatedAt;
  }
}
