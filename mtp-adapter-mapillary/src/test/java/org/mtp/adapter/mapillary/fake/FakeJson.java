package org.mtp.adapter.mapillary.fake;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/** JSON in and out for the fake server, and the response shapes Mapillary uses for errors. */
public final class FakeJson {

    private static final Moshi MOSHI = new Moshi.Builder().build();
    private static final JsonAdapter<Object> ANY = MOSHI.adapter(Object.class);
    private static final JsonAdapter<Map<String, Object>> OBJECT =
            MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

    private FakeJson() {}

    public static String write(Object value) {
        return ANY.toJson(value);
    }

    /** Parses a JSON object, or returns null when {@code text} is not one. */
    public static Map<String, Object> readObject(String text) {
        try {
            return OBJECT.fromJson(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static MockResponse json(int status, Object body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(write(body))
                .build();
    }

    /** A Graph API error: {@code {"error": {message, type, code, error_subcode?, is_transient?, fbtrace_id}}}. */
    public static MockResponse graphError(
            int status, int code, Integer subcode, String type, String message, Boolean isTransient) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        if (isTransient != null) {
            error.put("is_transient", isTransient);
        }
        error.put("error_data", Map.of());
        error.put("fbtrace_id", "SynthTrace0001");
        return json(status, Map.of("error", error));
    }

    public static MockResponse invalidToken() {
        return graphError(401, 190, null, "OAuthException", "Invalid OAuth access token.", null);
    }

    public static MockResponse unknownObject(String what) {
        return graphError(
                400,
                100,
                33,
                "MLYApiException",
                "Unsupported get request. Object with ID '" + what + "' does not exist, cannot be loaded due to missing"
                        + " permissions, or does not support this operation",
                null);
    }

    public static MockResponse rateLimited(int status) {
        return graphError(status, 4, null, "MLYApiException", "Application request limit reached", true);
    }

    /** The upload service's error body: no {@code error} object, a {@code debug_info} instead. */
    public static MockResponse uploadError(int status, String type, boolean retriable, Long backoff, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (backoff != null) {
            body.put("backoff", backoff);
        }
        body.put("debug_info", Map.of("retriable", retriable, "type", type, "message", message));
        return json(status, body);
    }

    /** A v3 error: {@code {"message": "..."}}. */
    public static MockResponse v3Error(int status, String message) {
        return json(status, Map.of("message", message));
    }
}
