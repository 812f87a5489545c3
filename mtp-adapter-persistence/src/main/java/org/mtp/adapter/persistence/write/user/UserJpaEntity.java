package org.mtp.adapter.persistence.write.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/** Persistence adapter: a row of {@code users}; the *_key columns hold the lower-case forms kept unique. */
@Entity
@Table(name = "users")
class UserJpaEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "username", nullable = false, length = Limits.USERNAME_MAX)
    private String username;

    @Column(name = "username_key", nullable = false, length = Limits.USERNAME_MAX)
    private String usernameKey;

    @Column(name = "email", nullable = false, length = Limits.EMAIL_MAX)
    private String email;

    @Column(name = "email_key", nullable = false, length = Limits.EMAIL_MAX)
    private String emailKey;

    // No limit in the domain: PasswordHash is whatever the hashing adapter encodes.
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserJpaEntity() {}

    UserJpaEntity(
            UUID id,
            String username,
            String usernameKey,
            String email,
            String emailKey,
            String passwordHash,
            Instant createdAt) {
        this.id = id;
        this.username = username;
        this.usernameKey = usernameKey;
        this.email = email;
        this.emailKey = emailKey;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    UUID getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getUsernameKey() {
        return usernameKey;
    }

    String getEmail() {
        return email;
    }

    String getEmailKey() {
        return emailKey;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
