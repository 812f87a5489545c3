package org.mtp.application.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "a & b|a &amp; b",
                "<tag>|&lt;tag&gt;",
                "`say \"hi\"`|say &quot;hi&quot;",
                "it's|it&apos;s",
                "]]>|]]&gt;",
                "plain text|plain text"
            })
    void markupCharactersBecomeEntities(String text, String escaped) {
        assertThat(Xml.escape(text)).isEqualTo(escaped);
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharactersAndOthersSurvive() {
        assertThat(Xml.escape("a\u0001b\u001Fc\uFFFEd\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
        assertThat(Xml.escape("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
        assertThat(Xml.escape("bike \uD83D\uDEB2 é")).isEqualTo("bike \uD83D\uDEB2 é");
    }

    @Test
    void tabAndLineBreaksAreCharacterReferencesSoParsersKeepThem() {
        assertThat(Xml.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
    }
}
