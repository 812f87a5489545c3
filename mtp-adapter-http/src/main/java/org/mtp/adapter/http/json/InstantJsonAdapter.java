package org.mtp.adapter.http.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants on the wire: ISO-8601 in UTC with exactly three fraction digits, e.g. {@code 2026-03-01T10:00:00.000Z}. */
final class InstantJsonAdapter extends JsonAdapter<Instant> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  static String format(Instant instant) {
    return FORMAT.format(instant);
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
