package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;

/** Tests: Sequence metadata: trimmed bounded name, verbatim bounded description. */
class SequenceDetailsTest {

    private static final String GRINNING = "\uD83D\uDE00";

    private static SequenceDetails named(String name) {
        return SequenceDetails.of(name, null, TransportType.WALK, Tags.NONE);
    }

    private static SequenceDetails described(String description) {
        return SequenceDetails.of("Walk", description, TransportType.WALK, Tags.NONE);
    }

    @Test
    void nameIsTrimmed() {
        assertThat(named("  Coastal walk \t").name()).isEqualTo("Coastal walk");
    }

    @Test
    void nameHoldsOneToAHundredCodePoints() {
        assertThat(named("x").name()).isEqualTo("x");
        assertThat(named("x".repeat(100)).name()).hasSize(100);
        assertThat(named(GRINNING.repeat(100)).name()).isEqualTo(GRINNING.repeat(100));
        assertThat(named("  " + "x".repeat(100) + "  ").name()).isEqualTo("x".repeat(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankNamesAreRejected(String name) {
        assertThatThrownBy(() -> named(name))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 1 to 100 characters, had 0");
    }

    @Test
    void nameOfAHundredAndOneIsRejected() {
        assertThatThrownBy(() -> named(GRINNING.repeat(101)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 1 to 100 characters, had 101");
    }

    @Test
    void descriptionIsKeptVerbatimHtmlIncluded() {
        String html = "  <script>alert('x')</script>\n<b>bold</b> & more  ";

        assertThat(described(html).description()).isEqualTo(html);
    }

    @Test
    void descriptionHoldsAtMostTenThousandCharacters() {
        assertThat(described("d".repeat(10_000)).description()).hasSize(10_000);
        assertThatThrownBy(() -> described("d".repeat(10_001)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'description' must have 0 to 10000 characters, had 10001");
    }

    @Test
    void anEmptyDescriptionBecomesAbsent() {
        assertThat(described("").description()).isNull();
        assertThat(described(null).description()).isNull();
    }

    @Test
    void aBlankDescriptionIsStillText() {
        assertThat(described(" ").description()).isEqualTo(" ");
    }

    @Test
    void malformedTextIsRejected() {
        assertThatThrownBy(() -> described("a\0b")).extracting("field").isEqualTo("description");
        assertThatThrownBy(() -> named("a\uD83Db")).extracting("field").isEqualTo("name");
    }

    @Test
    void transportTypeIsRequiredAndTagsDefaultToNone() {
        assertThatThrownBy(() -> SequenceDetails.of("Walk", null, null, Tags.NONE))
                .extracting("field")
                .isEqualTo("transport_type");
        assertThat(SequenceDetails.of("Walk", null, TransportType.SKI, null).tags())
                .isEqualTo(Tags.NONE);
        assertThat(SequenceDetails.of("Walk", null, TransportType.SKI, Tags.parse("a"))
                        .tags()
                        .names())
                .containsExactly("a");
    }
}
