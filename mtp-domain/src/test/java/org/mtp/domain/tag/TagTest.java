package org.mtp.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: One tag: trimmed, lower-cased, 1..50 characters of [a-z0-9-]. */
class TagTest {

    @ParameterizedTest
    @CsvSource({"hiking, hiking", "'  Hiking ', hiking", "ALPS-2024, alps-2024", "'\tx\n', x", "-, -", "0, 0"})
    void ofTrimsAndLowerCases(String raw, String name) {
        assertThat(Tag.of(raw).name()).isEqualTo(name);
        assertThat(Tag.of(raw)).hasToString(name);
    }

    @Test
    void fiftyCharactersIsTheLongestTag() {
        String longest = "a".repeat(50);

        assertThat(Tag.of(longest).name()).isEqualTo(longest);
        assertThatThrownBy(() -> Tag.of(longest + "a")).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a_b", "a b", "caf\u00e9", "a.b", "a,b", "#tag"})
    void onlyLettersDigitsAndHyphensAreAllowed(String raw) {
        assertThatThrownBy(() -> Tag.of(raw))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("tags");
    }

    @Test
    void theConstructorDoesNotNormalize() {
        assertThatThrownBy(() -> new Tag("Hiking")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Tag(" hiking")).isInstanceOf(ValidationException.class);
    }

    @Test
    void theMessageQuotesTheBadTag() {
        assertThatThrownBy(() -> Tag.of("Sea_Side"))
                .hasMessage("'tags' 'sea_side' is not a tag: use 1 to 50 characters of a-z, 0-9 and '-'");
    }

    @Test
    void aLongBadTagIsCutAfterSixtyCharactersInTheMessage() {
        String sixty = "b".repeat(60);

        assertThatThrownBy(() -> Tag.of(sixty)).hasMessageContaining("'" + sixty + "' is not a tag");
        assertThatThrownBy(() -> Tag.of(sixty + "cc")).hasMessageContaining("'" + sixty + "...' is not a tag");
    }

    @Test
    void controlCharactersAreMaskedInTheMessage() {
        assertThatThrownBy(() -> Tag.of("a\u0007b")).hasMessageContaining("'a?b' is not a tag");
        assertThatThrownBy(() -> Tag.of("a\uD83Db")).hasMessageContaining("'a?b' is not a tag");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> Tag.of(null)).extracting("field").isEqualTo("tags");
        assertThatThrownBy(() -> new Tag(null)).extracting("field").isEqualTo("tags");
    }

    @Test
    void tagsOrderByName() {
        assertThat(Tag.of("alps").compareTo(Tag.of("coast"))).isNegative();
        assertThat(Tag.of("coast").compareTo(Tag.of("alps"))).isPositive();
        assertThat(Tag.of("alps").compareTo(Tag.of("ALPS"))).isZero();
    }
}
