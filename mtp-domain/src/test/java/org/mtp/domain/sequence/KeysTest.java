package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Mapillary keys and sequence ids accept only their alphabet and canonical form. */
class KeysTest {

    static Stream<Arguments> keyKinds() {
        return Stream.of(
                Arguments.of("image_key", (Function<String, Object>) ImageKey::of),
                Arguments.of("mapillary_sequence_key", (Function<String, Object>) MapillarySequenceKey::of),
                Arguments.of("mapillary_user_id", (Function<String, Object>) MapillaryUserId::of));
    }

    @ParameterizedTest
    @MethodSource("keyKinds")
    void theMapillaryAlphabetOf1To100CharactersIsAccepted(String field, Function<String, Object> parse) {
        for (String key :
                new String[] {"a", "z", "A", "Z", "0", "9", "_", "-", "AbC_09-xyz", "1234567890123456", "k".repeat(100)
                }) {
            assertThat(parse.apply(key)).hasToString(key);
        }
    }

    @ParameterizedTest
    @MethodSource("keyKinds")
    void anythingElseIsRejectedNamingTheField(String field, Function<String, Object> parse) {
        for (String key : new String[] {
            "", "a.b", "a b", "a/b", "a:b", "\u00e9", " a", "k".repeat(101), "`", "{", "@", "[", "/", ":", "a\u0000"
        }) {
            assertThatThrownBy(() -> parse.apply(key))
                    .as(key)
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'" + field + "' must be 1 to 100 characters of A-Z, a-z, 0-9, '_' and '-'");
        }
        assertThatThrownBy(() -> parse.apply(null)).extracting("field").isEqualTo(field);
    }

    @Test
    void keysAreValues() {
        assertThat(ImageKey.of("abc")).isEqualTo(new ImageKey("abc")).isNotEqualTo(ImageKey.of("ABC"));
        assertThat(MapillarySequenceKey.of("abc").value()).isEqualTo("abc");
        assertThat(MapillaryUserId.of("abc").value()).isEqualTo("abc");
    }

    @Test
    void sequenceIdParsesCanonicalUuidText() {
        UUID uuid = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");

        assertThat(SequenceId.parse("id", uuid.toString())).isEqualTo(SequenceId.of(uuid));
        assertThat(SequenceId.parse("id", uuid.toString().toUpperCase())).isEqualTo(SequenceId.of(uuid));
        assertThat(SequenceId.of(uuid)).hasToString(uuid.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "seq-1", "1-2-3-4-5", "1b4e28ba2fa141d2883f0016d3cca427"})
    void sequenceIdRejectsOtherTextNamingTheField(String text) {
        assertThatThrownBy(() -> SequenceId.parse("sequence_id", text))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'sequence_id' must be a UUID");
    }

    @Test
    void sequenceIdRejectsNull() {
        assertThatThrownBy(() -> SequenceId.parse("sequence_id", null))
                .extracting("field")
                .isEqualTo("sequence_id");
        assertThatThrownBy(() -> SequenceId.of(null)).extracting("field").isEqualTo("id");
    }
}
