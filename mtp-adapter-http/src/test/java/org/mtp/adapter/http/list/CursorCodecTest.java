package org.mtp.adapter.http.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.problem.ApiException;

class CursorCodecTest {

    private final CursorCodec codec = new CursorCodec(Json.standard(), new byte[32]);

    @Test
    void aCursorRoundTripsItsPositionAndIsUrlSafe() {
        String cursor = codec.encode("me.tokens", List.of("2026-03-01T10:00:00.000Z", "id/with?odd&chars"));

        assertThat(cursor).matches("[A-Za-z0-9_.-]+");
        assertThat(codec.decode("me.tokens", cursor)).containsExactly("2026-03-01T10:00:00.000Z", "id/with?odd&chars");
    }

    @Test
    void aCursorOfAnotherListOrAnotherKeyIsRefused() {
        String cursor = codec.encode("me.tokens", List.of("a"));
        CursorCodec otherKey = new CursorCodec(Json.standard(), "k".repeat(32).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> codec.decode("sequences", cursor)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> otherKey.decode("me.tokens", cursor)).isInstanceOf(ApiException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", ".", "abc", "abc.", ".abc", "!!!.???", "WyJtZS50b2tlbnMiLFsiYSJdXQ.AAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsAnInvalidCursor(String cursor) {
        assertThatThrownBy(() -> codec.decode("me.tokens", cursor))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_cursor"));
    }

    @Test
    void changingOneCharacterOfTheCursorIsNoticed() {
        String cursor = codec.encode("me.tokens", List.of("a", "b"));
        for (int i = 0; i < cursor.length(); i++) {
            char replacement = cursor.charAt(i) == 'x' ? 'y' : 'x';
            String tampered = cursor.substring(0, i) + replacement + cursor.substring(i + 1);
            assertThatThrownBy(() -> codec.decode("me.tokens", tampered))
                    .as("tampered at %d", i)
                    .isInstanceOf(ApiException.class);
        }
    }
}
