package org.mtp.adapter.persistence.write.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** The user mapping both ways: every field survives, and the row carries the lower-case keys. */
class UserMapperTest {

    @ParameterizedTest
    @CsvSource({
        "Alice_1, Alice@Example.org, alice_1, alice@example.org",
        "bob, bob@example.org, bob, bob@example.org",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_09, X.Y+Z@MAIL.EXAMPLE.COM, abcdefghijklmnopqrstuvwxyz-_09, x.y+z@mail.example.com"
    })
    void aUserMapsToARowWithLowerCaseKeysAndBackUnchanged(
            String username, String email, String usernameKey, String emailKey) {
        User user = new User(
                UserId.of(UUID.randomUUID()),
                Username.of(username),
                Email.of(email),
                new PasswordHash("pbkdf2-sha256$210000$c2FsdA$a2V5"),
                Instant.parse("2026-01-02T03:04:05.678Z"));

        UserJpaEntity row = UserMapper.toJpaEntity(user);

        assertThat(row.getId()).isEqualTo(user.id().value());
        assertThat(row.getUsername()).isEqualTo(username);
        assertThat(row.getUsernameKey()).isEqualTo(usernameKey);
        assertThat(row.getEmail()).isEqualTo(email);
        assertThat(row.getEmailKey()).isEqualTo(emailKey);
        assertThat(row.getPasswordHash()).isEqualTo("pbkdf2-sha256$210000$c2FsdA$a2V5");
        assertThat(row.getCreatedAt()).isEqualTo(user.createdAt());
        assertThat(UserMapper.toModelEntity(row)).isEqualTo(user);
    }
}
