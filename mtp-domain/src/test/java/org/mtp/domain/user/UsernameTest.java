package org.mtp.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Usernames: 3..30 ASCII characters, unique and ordered by the lower-case form in code-point order. */
class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "ABC", "a_b", "a-b", "0123", "Zed_42-x", "abcdefghijklmnopqrstuvwxyz1234"})
    void asciiLettersDigitsUnderscoreAndHyphenOf3To30AreAccepted(String name) {
        assertThat(Username.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "ab", "abcdefghijklmnopqrstuvwxyz12345"})
    void lengthsOutside3To30AreRejected(String name) {
        assertThatThrownBy(() -> Username.of(name))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'username' must have 3 to 30 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "ab.", "abc!", "\u00e4bc", "ab@c", "abc ", "ab\u0000", "ab+c"})
    void otherCharactersAreRejected(String name) {
        assertThatThrownBy(() -> Username.of(name))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'username' may only hold ASCII letters, digits, '_' and '-'");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> Username.of(null)).extracting("field").isEqualTo("username");
    }

    @Test
    void sameAsIgnoresCase() {
        assertThat(Username.of("Alice").sameAs(Username.of("aLICE"))).isTrue();
        assertThat(Username.of("Alice").sameAs(Username.of("Alicia"))).isFalse();
        assertThat(Username.of("Alice").normalized()).isEqualTo("alice");
    }

    @Test
    void keepsTheCaseItWasGiven() {
        assertThat(Username.of("AliCe")).hasToString("AliCe");
        assertThat(Username.of("AliCe")).isNotEqualTo(Username.of("alice"));
    }

    @Test
    void ordersByLowerCaseNotByRawCodePoints() {
        assertThat(Username.of("apple").compareTo(Username.of("Zed"))).isNegative();
        assertThat(Username.of("Zed").compareTo(Username.of("apple"))).isPositive();
    }

    @Test
    void ordersByCodePointNotByLocale() {
        assertThat(Username.of("_a_").compareTo(Username.of("a__"))).isNegative();
        assertThat(Username.of("a__").compareTo(Username.of("_a_"))).isPositive();
        assertThat(Username.of("a-b").compareTo(Username.of("a_b"))).isNegative();
        assertThat(Username.of("a_b").compareTo(Username.of("a0b"))).isPositive();
    }

    @Test
    void namesEqualIgnoringCaseStillHaveAStableOrder() {
        assertThat(Username.of("Bob").compareTo(Username.of("bob"))).isNegative();
        assertThat(Username.of("bob").compareTo(Username.of("Bob"))).isPositive();
        assertThat(Username.of("bob").compareTo(Username.of("bob"))).isZero();
    }

    @Test
    void sortingAListUsesThisOrder() {
        List<Username> names = new ArrayList<>(List.of(
                Username.of("Zed"),
                Username.of("apple"),
                Username.of("_ab"),
                Username.of("Bob"),
                Username.of("bob"),
                Username.of("a-b")));

        Collections.sort(names);

        assertThat(names).extracting(Username::value).containsExactly("_ab", "a-b", "apple", "Bob", "bob", "Zed");
    }
}
