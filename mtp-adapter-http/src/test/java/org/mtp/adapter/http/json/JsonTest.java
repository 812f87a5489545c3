package org.mtp.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    record Inner(String displayName) {}

    record Outer(
            UUID uniqueId, Instant createdAt, List<Inner> children, String next, int photoCount, double distanceKm) {}

    private final Json json = Json.standard();

    @Test
    void recordsAreWrittenInSnakeCaseWithUtcMillisecondInstantsAndExplicitNulls() {
        Outer outer = new Outer(
                UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001"),
                Instant.parse("2026-03-01T10:00:00Z"),
                List.of(new Inner("Walk")),
                null,
                3,
                12.345);

        assertThat(json.write(outer))
                .isEqualTo("{\"unique_id\":\"6f1c1e0e-0000-4000-8000-000000000001\","
                        + "\"created_at\":\"2026-03-01T10:00:00.000Z\",\"children\":[{\"display_name\":\"Walk\"}],\"next\":null,"
                        + "\"photo_count\":3,\"distance_km\":12.345}");
    }

    @Test
    void immutableJdkCollectionsAreWrittenAsTheirInterfaces() {
        assertThat(json.write(Map.of("items", List.of(1, 2, 3)))).isEqualTo("{\"items\":[1,2,3]}");
        assertThat(json.write(List.of(Map.of("a", List.of())))).isEqualTo("[{\"a\":[]}]");
    }

    @Test
    void recordsAreReadBackFromSnakeCaseIgnoringUnknownMembers() {
        Outer read = json.read(
                "{\"unique_id\":\"6f1c1e0e-0000-4000-8000-000000000001\",\"created_at\":"
                        + "\"2026-03-01T10:00:00.123Z\",\"children\":[],\"photo_count\":2,\"distance_km\":1.5,\"extra\":true}",
                Outer.class);

        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
        assertThat(read.photoCount()).isEqualTo(2);
        assertThat(read.next()).isNull();
    }

    @Test
    void aTreeRefusesRepeatedMembersTrailingDataAndBrokenSyntax() {
        assertThat(json.parseTree("{\"a\": [1, \"x\", null, true]}"))
                .isEqualTo(Map.of("a", Arrays.asList(1.0, "x", null, true)));
        assertThatThrownBy(() -> json.parseTree("{\"a\":1,\"a\":2}")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> json.parseTree("{} {}")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> json.parseTree("{\"a\":")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> json.parseTree("{a:1}")).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void snakeCaseConvertsJavaNames() {
        assertThat(SnakeCase.of("redirectUris")).isEqualTo("redirect_uris");
        assertThat(SnakeCase.of("id")).isEqualTo("id");
        assertThat(SnakeCase.of("mapillarySequenceKey")).isEqualTo("mapillary_sequence_key");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1970-01-01T00:00:00Z",
                "2026-03-01T10:00:00.123456789Z",
                "2024-02-29T23:59:59.999Z",
                "1969-12-31T23:59:59.5Z",
                "0000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59.999Z",
                "9999-12-31T23:59:59.999999Z",
                "+10000-01-01T00:00:00Z",
                "1900-03-01T01:02:03.004Z"
            })
    void instantsAreWrittenExactlyAsTheIsoPatternWritesThem(String text) {
        Instant instant = Instant.parse(text);

        assertThat(InstantJsonAdapter.format(instant)).isEqualTo(InstantJsonAdapter.FORMAT.format(instant));
    }
}
