package org.mtp.adapter.mapillary.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import okio.Buffer;
import okio.ByteString;
import org.mtp.application.port.out.mapillary.MapillaryException;

/** Parses a fully read body with Moshi; anything that is not the expected JSON becomes {@code MalformedResponse}. */
public final class JsonBodies {

    private JsonBodies() {}

    public static <T> T parse(String operation, JsonAdapter<T> adapter, ByteString body) {
        try {
            T value = adapter.fromJson(new Buffer().write(body));
            if (value == null) {
                throw new MapillaryException.MalformedResponse(operation + ": body is JSON null", null);
            }
            return value;
        } catch (IOException | JsonDataException e) {
            // The body is already in memory, so an IOException here (EOFException, JsonEncodingException) is bad JSON.
            throw new MapillaryException.MalformedResponse(
                    operation + ": response is not the documented JSON ("
                            + e.getClass().getSimpleName() + ": " + Redaction.text(e.getMessage()) + ")",
                    e);
        }
    }

    /** The failure for a body that parsed but lacks a member the client needs. */
    public static MapillaryException.MalformedResponse missing(String operation, String what) {
        return new MapillaryException.MalformedResponse(operation + ": response lacks " + what, null);
    }
}
