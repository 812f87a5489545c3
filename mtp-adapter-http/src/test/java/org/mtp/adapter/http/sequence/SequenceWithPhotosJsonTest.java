package org.mtp.adapter.http.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.json.Json;

/**
 * The hand-written text of a sequence's single read is, as UTF-8 on the wire, exactly what the API's Moshi writes for
 * the same record (both send a lone surrogate as {@code ?}).
 */
class SequenceWithPhotosJsonTest {

    private final Json json = Json.standard();

    private static SequenceWithPhotosJson sequence(
            String text, TransportTypeJson transport, List<String> tags, List<PhotoJson> photos, double km) {
        Instant at = Instant.parse("2024-05-06T07:08:09.123Z");
        return new SequenceWithPhotosJson(
                UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
                text,
                text == null ? null : text + " again",
                "alice",
                transport,
                tags,
                text,
                null,
                at,
                null,
                at.plusSeconds(1),
                Instant.parse("-0001-01-01T00:00:00Z"),
                "mly" + text,
                null,
                "https://strava.example/1?a=\"b\"",
                true,
                "published",
                photos.size(),
                km,
                Long.MAX_VALUE,
                photos);
    }

    @Test
    void givenNullsEscapesAndEveryKindOfNumber_writesWhatMoshiWrites() {
        List<PhotoJson> photos = List.of(
                new PhotoJson("key\"1\\", 0.0, -0.0, null, null, 0),
                new PhotoJson("k2", 1e-7, 123456789.123456789, 359.99999, Instant.EPOCH, 3),
                new PhotoJson("k\u2028\u2029", 1e21, -180.0, 0.1, Instant.parse("9999-12-31T23:59:59.999Z"), -1));
        for (SequenceWithPhotosJson s : List.of(
                sequence(
                        "Walk \u0000\u0001\u001f\t\b\n\r\f ok",
                        new TransportTypeJson("Walk", null),
                        List.of(),
                        photos,
                        0.001),
                sequence(null, null, null, List.of(), 12.345),
                sequence(
                        "Ünïcødé \uD83D\uDEB2 \u007f",
                        new TransportTypeJson("Kayak", "Water"),
                        List.of("a", "b-c"),
                        photos,
                        1e7))) {
            assertThat(utf8(s.text())).isEqualTo(utf8(json.write(s)));
        }
    }

    @Test
    void givenRandomTextAndCoordinates_writesWhatMoshiWrites() {
        Random random = new Random(15);
        for (int round = 0; round < 200; round++) {
            List<PhotoJson> photos = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                photos.add(new PhotoJson(
                        randomText(random),
                        random.nextDouble() * 360 - 180,
                        random.nextDouble() * 180 - 90,
                        random.nextBoolean() ? null : random.nextDouble() * 360,
                        random.nextBoolean() ? null : Instant.ofEpochMilli(random.nextLong() % 253_402_300_799_000L),
                        random.nextInt(1000)));
            }
            SequenceWithPhotosJson s = sequence(
                    randomText(random),
                    new TransportTypeJson(randomText(random), null),
                    List.of(randomText(random)),
                    photos,
                    random.nextInt(1_000_000) / 1000.0);
            assertThat(utf8(s.text())).isEqualTo(utf8(json.write(s)));
        }
    }

    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Up to 40 characters from the whole basic plane, controls and separators included. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80));
        }
        return text.toString();
    }
}
