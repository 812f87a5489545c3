package org.mtp.adapter.persistence.write.user;

import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Persistence adapter: maps a {@link User} to its {@code users} row (with the lower-case keys) and back. */
final class UserMapper {

    private UserMapper() {}

    static UserJpaEntity toJpaEntity(User user) {
        return new UserJpaEntity(
                user.id().value(),
                user.username().value(),
                user.username().normalized(),
                user.email().value(),
                user.email().normalized(),
                user.passwordHash().encoded(),
                user.createdAt());
    }

    static User toModelEntity(UserJpaEntity row) {
        return new User(
                UserId.of(row.getId()),
                Username.of(row.getUsername()),
                Email.of(row.getEmail()),
                new PasswordHash(row.getPasswordHash()),
                row.getCreatedAt());
    }
}
