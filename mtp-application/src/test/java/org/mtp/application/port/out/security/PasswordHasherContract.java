package org.mtp.application.port.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;

/** Contract of {@link PasswordHasher}: every implementation runs these tests through a subclass. */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void theRightPasswordMatchesItsHash() {
        PasswordHash hash = hasher().hash(RawPassword.of("correct horse battery"));

        assertThat(hasher().matches(RawPassword.of("correct horse battery"), hash))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse batterY", "correct horse battery ", "Correct horse battery", "12345678"})
    void anyOtherPasswordDoesNotMatch(String other) {
        PasswordHash hash = hasher().hash(RawPassword.of("correct horse battery"));

        assertThat(hasher().matches(RawPassword.of(other), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        PasswordHash first = hasher().hash(RawPassword.of("correct horse battery"));
        PasswordHash second = hasher().hash(RawPassword.of("correct horse battery"));

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher().matches(RawPassword.of("correct horse battery"), second))
                .isTrue();
    }

    @Test
    void theHashNeverContainsThePassword() {
        PasswordHash hash = hasher().hash(RawPassword.of("correct horse battery"));

        assertThat(hash.encoded()).doesNotContain("correct horse battery");
        assertThat(hash.toString()).doesNotContain("correct");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain-text", "pbkdf2-sha256$x$y$z", "bcrypt$10$abc$def", "pbkdf2-sha256$0$c2FsdA$a2V5"})
    void aHashInAForeignOrBrokenFormatMatchesNothing(String encoded) {
        assertThat(hasher().matches(RawPassword.of("correct horse battery"), new PasswordHash(encoded)))
                .isFalse();
    }
}
