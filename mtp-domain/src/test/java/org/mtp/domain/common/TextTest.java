package org.mtp.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests: Free text: verbatim, no NUL or unpaired surrogates, lengths in code points, trimming where asked. */
class TextTest {

    private static final String GRINNING = "\uD83D\uDE00";

    @Test
    void wellFormedTextIsReturnedVerbatim() {
        String html = "<b>Bold</b> & \"quoted\"";

        assertThat(Text.require("name", html, 1, 100)).isSameAs(html);
        assertThat(Text.requireWellFormed("name", html)).isSameAs(html);
    }

    @Test
    void nullIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Text.require("name", null, 0, 10))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must not be null")
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> Text.requireTrimmed("title", null, 0, 10))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'title' must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\0", "a\0", "\0a", "a\0b"})
    void nulCharacterIsRejected(String text) {
        assertThatThrownBy(() -> Text.requireWellFormed("description", text))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'description' must not contain a NUL character");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\uD83D",
                "a\uD83D",
                "\uD83Da",
                "\uDE00",
                "a\uDE00",
                "\uDE00\uD83D",
                GRINNING + "\uDE00",
                "\uD83D\uD83D\uDE00"
            })
    void unpairedSurrogatesAreRejected(String text) {
        assertThatThrownBy(() -> Text.requireWellFormed("description", text))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'description' must not contain an unpaired surrogate")
                .extracting("field")
                .isEqualTo("description");
    }

    @ParameterizedTest
    @ValueSource(strings = {GRINNING, "a" + GRINNING, GRINNING + "a", GRINNING + GRINNING, "caf\u00e9 \u4e2d"})
    void validSurrogatePairsAndOtherUnicodeAreAccepted(String text) {
        assertThat(Text.requireWellFormed("description", text)).isEqualTo(text);
    }

    @Test
    void nulAfterAValidPairIsStillFound() {
        assertThatThrownBy(() -> Text.requireWellFormed("d", GRINNING + "\0"))
                .hasMessage("'d' must not contain a NUL character");
    }

    @Test
    void lengthIsCountedInCodePoints() {
        String twoEmoji = GRINNING + GRINNING;

        assertThat(twoEmoji).hasSize(4);
        assertThat(Text.require("name", twoEmoji, 2, 2)).isEqualTo(twoEmoji);
        assertThatThrownBy(() -> Text.require("name", twoEmoji + GRINNING, 0, 2))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 0 to 2 characters, had 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abc", "abcd"})
    void lengthsWithinBoundsAreAccepted(String text) {
        assertThat(Text.require("name", text, 2, 4)).isEqualTo(text);
    }

    @Test
    void lengthBelowMinimumIsRejected() {
        assertThatThrownBy(() -> Text.require("name", "a", 2, 4))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 2 to 4 characters, had 1");
    }

    @Test
    void lengthAboveMaximumIsRejected() {
        assertThatThrownBy(() -> Text.require("name", "abcde", 2, 4))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 2 to 4 characters, had 5");
    }

    @Test
    void requireTrimmedStripsWhitespaceBeforeCounting() {
        assertThat(Text.requireTrimmed("name", " \t ab \n", 2, 2)).isEqualTo("ab");
        assertThat(Text.requireTrimmed("name", "\u2003ab\u2003", 1, 2)).isEqualTo("ab");
        assertThat(Text.requireTrimmed("name", "a  b", 1, 4)).isEqualTo("a  b");
    }

    @Test
    void blankBecomesEmptyAndFailsAPositiveMinimum() {
        assertThatThrownBy(() -> Text.requireTrimmed("name", "   ", 1, 10))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 1 to 10 characters, had 0");
    }

    @Test
    void requireTrimmedStillRejectsMalformedText() {
        assertThatThrownBy(() -> Text.requireTrimmed("name", " a\0b ", 1, 10))
                .hasMessage("'name' must not contain a NUL character");
    }
}
