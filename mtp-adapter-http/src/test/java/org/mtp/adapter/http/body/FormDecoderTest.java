package org.mtp.adapter.http.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.problem.ApiException;

class FormDecoderTest {

    @Test
    void decodesPlusPercentAndUtf8AndKeepsRepeatsInOrder() {
        Map<String, List<String>> fields = FormDecoder.decode(
                "name=Morning%20ride%20Part%201&tag=forest%2Ccoast&tag=b&flag&empty=&caf%C3%A9=%E2%82%AC+x", "body");

        assertThat(fields)
                .containsEntry("name", List.of("Morning ride Part 1"))
                .containsEntry("tag", List.of("forest,coast", "b"))
                .containsEntry("flag", List.of(""))
                .containsEntry("empty", List.of(""))
                .containsEntry("café", List.of("€ x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%FF", "a=%C3", "a=%2", "a=%zz", "%ED%A0%80=x", "a=%C0%AF"})
    void brokenEscapesAndInvalidUtf8AreRefused(String text) {
        assertThatThrownBy(() -> FormDecoder.decode(text, "the body"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("malformed_body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3", "a=1&%E2%82", "a=1&%F0%9F%98"})
    void aBareLastNameCutInsideAUtf8SequenceIsRefusedLikeAnyOther(String text) {
        assertThatThrownBy(() -> FormDecoder.decode(text, "the body"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("malformed_body"));
    }

    @Test
    void tooManyFieldsAreRefused() {
        assertThatThrownBy(() -> FormDecoder.decode("a=1&".repeat(FormDecoder.MAX_FIELDS + 1), "the body"))
                .isInstanceOf(ApiException.class);
    }
}
