package org.mtp.application.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

class JsonTreeTest {

    @Test
    void givenADocument_parse_givesMapsListsStringsDoublesBooleansAndNulls() {
        Object tree = JsonTree.parse(
                "area",
                " {\"a\": [1, -2.5e1, 0.25], \"b\": \"x\\\"\\u00e9\\n\", \"c\": true, \"d\": false, \"e\": null} ");

        assertThat(tree).isInstanceOf(Map.class);
        Map<?, ?> object = (Map<?, ?>) tree;
        assertThat(object.get("a")).isEqualTo(List.of(1.0, -25.0, 0.25));
        assertThat(object.get("b")).isEqualTo("x\"é\n");
        assertThat(object.get("c")).isEqualTo(true);
        assertThat(object.get("d")).isEqualTo(false);
        assertThat(object.containsKey("e")).isTrue();
        assertThat(object.get("e")).isNull();
        assertThat(JsonTree.parse("area", "[]")).isEqualTo(List.of());
        assertThat(JsonTree.parse("area", "{}")).isEqualTo(Map.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "{\"a\":1,}",
                "[1,]",
                "[1 2]",
                "{\"a\":1,\"a\":2}",
                "{a:1}",
                "01",
                "1.",
                "1e",
                "-",
                "tru",
                "\"open",
                "\"bad \\x escape\"",
                "\"\\u12\"",
                "[1] 2",
                "nul"
            })
    void givenBrokenJson_parse_failsNamingTheField(String text) {
        assertThatThrownBy(() -> JsonTree.parse("zone", text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("zone");
            assertThat(e.reason()).startsWith("is not JSON: it ");
        });
    }

    @Test
    void givenAControlCharacterInAString_parse_fails() {
        assertThatThrownBy(() -> JsonTree.parse("zone", "\"a\u0001b\""))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.reason()).contains("control character"));
    }

    @Test
    void givenTooDeepNesting_parse_failsInsteadOfOverflowingTheStack() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');

        assertThatThrownBy(() -> JsonTree.parse("zone", new String(open)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.reason()).contains("deeper"));
    }
}
