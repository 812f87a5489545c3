package org.mtp.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Accounts and user ids. */
class UserTest {

    private static final UUID ID = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    private final Username name = Username.of("alice");
    private final Email email = Email.of("alice@example.org");
    private final PasswordHash hash = new PasswordHash("$hash");

    @Test
    void createdAtIsKeptToTheMillisecond() {
        User user = new User(UserId.of(ID), name, email, hash, Instant.parse("2024-01-01T10:00:00.123999Z"));

        assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T10:00:00.123Z"));
    }

    @Test
    void everyPartIsRequired() {
        UserId id = UserId.of(ID);
        Instant at = Instant.EPOCH;

        assertThatThrownBy(() -> new User(null, name, email, hash, at))
                .extracting("field")
                .isEqualTo("id");
        assertThatThrownBy(() -> new User(id, null, email, hash, at))
                .extracting("field")
                .isEqualTo("username");
        assertThatThrownBy(() -> new User(id, name, null, hash, at))
                .extracting("field")
                .isEqualTo("email");
        assertThatThrownBy(() -> new User(id, name, email, null, at))
                .extracting("field")
                .isEqualTo("passwordHash");
        assertThatThrownBy(() -> new User(id, name, email, hash, null))
                .extracting("field")
                .isEqualTo("createdAt");
    }

    @Test
    void userIdParsesCanonicalUuidText() {
        assertThat(UserId.parse("user", ID.toString())).isEqualTo(UserId.of(ID));
        assertThat(UserId.parse("user", ID.toString().toUpperCase())).isEqualTo(UserId.of(ID));
        assertThat(UserId.of(ID)).hasToString(ID.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "alice",
                "1-2-3-4-5",
                "1b4e28ba-2fa1-41d2-883f-0016d3cca427-",
                "1b4e28ba2fa141d2883f0016d3cca427"
            })
    void userIdRejectsAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> UserId.parse("owner", text))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'owner' must be a UUID");
    }

    @Test
    void userIdRejectsNull() {
        assertThatThrownBy(() -> UserId.parse("owner", null))
                .extracting("field")
                .isEqualTo("owner");
        assertThatThrownBy(() -> UserId.of(null)).extracting("field").isEqualTo("id");
    }
}
