package org.mtp.adapter.http.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.UUID;

/**
 * The adapter's one JSON configuration (Moshi): records with snake_case members, instants as ISO-8601 UTC with
 * milliseconds, UUIDs as text, nulls written out. Runtime types are dispatched through {@code Object} so that immutable
 * JDK collections ({@code List.of}) serialize as their interfaces.
 */
public final class Json {

    private final Moshi moshi;

    private Json(Moshi moshi) {
        this.moshi = moshi;
    }

    public static Json standard() {
        return new Json(new Moshi.Builder()
                .add(Instant.class, new InstantJsonAdapter().nullSafe())
                .add(UUID.class, new UuidJsonAdapter().nullSafe())
                .add(new SnakeCaseRecordAdapterFactory())
                .build());
    }

    /** The wire form of an instant, for places that write one outside a JSON body (cursors, headers). */
    public static String instant(Instant instant) {
        return InstantJsonAdapter.format(instant);
    }

    public String write(Object value) {
        return moshi.adapter(Object.class).serializeNulls().toJson(value);
    }

    public String write(Object value, Type type) {
        JsonAdapter<Object> adapter = type instanceof Class<?> ? moshi.adapter(Object.class) : moshi.adapter(type);
        return adapter.serializeNulls().toJson(value);
    }

    /**
     * Parses a whole document into maps, lists, strings, doubles, booleans and nulls; a repeated object member, a
     * trailing value or any syntax error fails with {@link MalformedJsonException}.
     */
    public Object parseTree(String text) {
        return read(text, Object.class);
    }

    public <T> T read(String text, Type type) {
        try {
            return moshi.<T>adapter(type).fromJson(text);
        } catch (JsonDataException | JsonEncodingException e) {
            throw new MalformedJsonException(e.getMessage());
        } catch (IOException e) {
            throw new MalformedJsonException("the JSON ends too early");
        }
    }
}
