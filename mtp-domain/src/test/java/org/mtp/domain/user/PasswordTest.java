package org.mtp.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Passwords are 8..1024 characters, and neither they nor their hashes ever print themselves. */
class PasswordTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 1023, 1024})
    void passwordsOf8To1024CharactersAreAccepted(int length) {
        String typed = "p".repeat(length);

        assertThat(RawPassword.of(typed).reveal()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 1025})
    void otherLengthsAreRejected(int length) {
        assertThatThrownBy(() -> RawPassword.of("p".repeat(length)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'password' must have 8 to 1024 characters, had " + length);
    }

    @Test
    void nullAndMalformedPasswordsAreRejected() {
        assertThatThrownBy(() -> RawPassword.of(null)).extracting("field").isEqualTo("password");
        assertThatThrownBy(() -> RawPassword.of("secret\0secret"))
                .extracting("field")
                .isEqualTo("password");
    }

    @Test
    void rawPasswordNeverPrintsItself() {
        RawPassword password = RawPassword.of("correct horse battery staple");

        assertThat(password.toString()).isEqualTo("RawPassword[****]").doesNotContain("horse");
    }

    @Test
    void hashNeverPrintsItself() {
        PasswordHash hash = new PasswordHash("$argon2id$v=19$m=65536$c2FsdA$aGFzaA");

        assertThat(hash.encoded()).isEqualTo("$argon2id$v=19$m=65536$c2FsdA$aGFzaA");
        assertThat(hash.toString()).isEqualTo("PasswordHash[****]").doesNotContain("argon2id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t"})
    void blankHashIsRejected(String encoded) {
        assertThatThrownBy(() -> new PasswordHash(encoded))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'passwordHash' must not be blank");
    }

    @Test
    void nullHashIsRejected() {
        assertThatThrownBy(() -> new PasswordHash(null)).extracting("field").isEqualTo("passwordHash");
    }
}
