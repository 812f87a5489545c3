package org.mtp.adapter.http.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfNoneMatchTest {

    private static final String CURRENT = "\"7-json\"";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"7-json\"",
                "W/\"7-json\"",
                "*",
                " * ",
                "\"a\", \"7-json\"",
                "\"a\",W/\"7-json\"",
                "\"a,b\" ,\t\"7-json\"",
                "\"7-json\",,"
            })
    void givenTheCurrentTagAmongOthers_orAStar_matches(String header) {
        IfNoneMatch condition = IfNoneMatch.parse(header);

        assertThat(condition.present()).isTrue();
        assertThat(condition.matches(CURRENT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"\"6-json\"", "\"7-geojson\", \"7-gpx\"", "\"7-json", "7-json", "\"7-json\"x", "W/ \"7-json\""})
    void givenOtherTags_orNoTagList_doesNotMatch(String header) {
        assertThat(IfNoneMatch.parse(header).matches(CURRENT)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\"unterminated"})
    void givenNothingToCompare_isNotPresent(String header) {
        assertThat(IfNoneMatch.parse(header).present()).isFalse();
        assertThat(IfNoneMatch.parse(null).present()).isFalse();
    }
}
