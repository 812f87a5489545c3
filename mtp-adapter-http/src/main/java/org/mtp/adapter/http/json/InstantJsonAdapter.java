package org.mtp.adapter.http.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants on the wire: ISO-8601 in UTC with exactly three fraction digits, e.g. {@code 2026-03-01T10:00:00.000Z}. */
final class InstantJsonAdapter extends JsonAdapter<Instant> {

    static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The first second of year 0000 (proleptic ISO), before which the pattern writes a minus sign. */
    private static final long EPOCH_YEAR_ZERO = -62_167_219_200L;

    /**
     * The latest instant of year 9999: beyond it the pattern writes a sign and more digits, left to {@link #FORMAT}.
     */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;

    /**
     * Writes the pattern's characters directly for years 0000 to 9999 (every instant the service stores): a sequence
     * page writes one per photo, and {@link DateTimeFormatter} took nearly half of the JSON writing there (measured in
     * docs/performance.md, "HTTP load"). Other years go through {@link #FORMAT}; the result is the same.
     */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < EPOCH_YEAR_ZERO || seconds > LAST_FOUR_DIGIT_SECOND) {
            return FORMAT.format(instant);
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC);
        char[] text = new char[24];
        digits(text, 0, t.getYear(), 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, t.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
        String text = reader.nextString();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonDataException("not an ISO-8601 instant at " + reader.getPath());
        }
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
        writer.value(format(value));
    }
}
