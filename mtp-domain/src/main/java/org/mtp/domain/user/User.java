package org.mtp.domain.user;

import java.time.Instant;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;

/** A person with an account: public username, private email, and only a hash of the password. */
public record User(UserId id, Username username, Email email, PasswordHash passwordHash, Instant createdAt) {

    public User {
        Require.notNull("id", id);
        Require.notNull("username", username);
        Require.notNull("email", email);
        Require.notNull("passwordHash", passwordHash);
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
    }

    /** The same person with a new password hash (a password change). */
    public User withPasswordHash(PasswordHash newHash) {
        return new User(id, username, email, newHash, createdAt);
    }
}
