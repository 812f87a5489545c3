package org.mtp.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Email addresses: checked for shape, kept as given, unique by their lower-case form. */
class EmailTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "alice.smith+maps@example.org", "!#~@x.y", "Alice@Example.ORG"})
    void addressesOfTheRightShapeAreKeptAsGiven(String address) {
        Email email = Email.of(address);

        assertThat(email.value()).isEqualTo(address);
        assertThat(email).hasToString(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "alice",
                "alice@",
                "@example.org",
                "alice@example",
                "a@@b.co",
                "a@b@c.co",
                "a b@c.co",
                "a@b .co",
                "alice@example.",
                "alice@.org"
            })
    void otherShapesAreRejected(String address) {
        assertThatThrownBy(() -> Email.of(address))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'email' must be an email address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00e9@x.fr", "a\u0001@b.co", "a\u007f@b.co", "a@b.c\u00f6"})
    void nonPrintableOrNonAsciiCharactersAreRejected(String address) {
        assertThatThrownBy(() -> Email.of(address))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'email' must be printable ASCII");
    }

    @Test
    void atMost254Characters() {
        String domain = "@b.co";
        String longest = "a".repeat(254 - domain.length()) + domain;

        assertThat(Email.of(longest).value()).hasSize(254);
        assertThatThrownBy(() -> Email.of("a" + longest))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'email' must be an email address");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> Email.of(null)).extracting("field").isEqualTo("email");
    }

    @Test
    void normalizedIsLowerCaseSoUniquenessIgnoresCase() {
        assertThat(Email.of("Alice@Example.ORG").normalized()).isEqualTo("alice@example.org");
        assertThat(Email.of("Alice@Example.ORG").normalized())
                .isEqualTo(Email.of("alice@example.org").normalized());
    }
}
