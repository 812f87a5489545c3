package org.mtp.adapter.http.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "abc-123_XYZ.~!",
                "0123456789012345678901234567890123456789012345678901234567890123",
                "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
            })
    void givenUpTo64PrintableAsciiCharactersWithoutSpaces_isSane_accepts(String offered) {
        assertThat(RequestIds.isSane(offered)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "01234567890123456789012345678901234567890123456789012345678901234",
                "a b",
                "tab\tbed",
                "line\nbreak",
                "del\u007f",
                "caf\u00e9"
            })
    void givenAnEmptyTooLongOrUnprintableId_isSane_refuses(String offered) {
        assertThat(RequestIds.isSane(offered)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void generatedIdsAre32HexDigitsAndSane(int round) {
        String id = RequestIds.generated();

        assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo(RequestIds.generated());
        assertThat(RequestIds.isSane(id)).isTrue();
    }
}
