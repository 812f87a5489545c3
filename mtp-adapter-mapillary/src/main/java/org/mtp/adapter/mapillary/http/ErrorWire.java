package org.mtp.adapter.mapillary.http;

import com.squareup.moshi.Json;

/**
 * Wire shapes of Mapillary's three error bodies: Graph {@code error}, upload {@code debug_info}, v3 {@code message}.
 */
final class ErrorWire {

    private ErrorWire() {}

    /** Any error body; the members that are absent stay null. */
    public record Envelope(
            GraphError error,
            String message,
            @Json(name = "debug_info") DebugInfo debugInfo,
            Long backoff) {
        static final Envelope EMPTY = new Envelope(null, null, null, null);
    }

    /** Graph API {@code {"error": {...}}}. */
    public record GraphError(
            String message,
            String type,
            Integer code,
            @Json(name = "error_subcode") Integer subcode,
            @Json(name = "is_transient") Boolean isTransient) {}

    /** Upload service {@code {"debug_info": {...}}}. */
    public record DebugInfo(String type, String message, Boolean retriable) {}
}
