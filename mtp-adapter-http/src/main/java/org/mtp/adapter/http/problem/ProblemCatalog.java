package org.mtp.adapter.http.problem;

import java.util.HashMap;
import java.util.Map;

/**
 * Machine codes and the HTTP status and title each one answers with. Domain failures reach the client through their
 * {@code code()}; a resource with new codes (the Mapillary failures, say) adds them with {@link #with}.
 */
public final class ProblemCatalog {

    /** What a code answers with. */
    public record Entry(int status, String title) {}

    private static final Entry UNKNOWN = new Entry(400, "Bad request");
    private final Map<String, Entry> entries;

    private ProblemCatalog(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static ProblemCatalog standard() {
        Map<String, Entry> entries = new HashMap<>();
        entries.put("validation_failed", new Entry(400, "Validation failed"));
        entries.put("duplicate_parameter", new Entry(400, "Duplicate parameter"));
        entries.put("malformed_body", new Entry(400, "Malformed request body"));
        entries.put("invalid_cursor", new Entry(400, "Invalid cursor"));
        entries.put("bad_request", new Entry(400, "Bad request"));
        entries.put("unauthorized", new Entry(401, "Authentication required"));
        entries.put("invalid_token", new Entry(401, "Invalid access token"));
        entries.put("invalid_client", new Entry(401, "Invalid client"));
        entries.put("invalid_credentials", new Entry(401, "Invalid credentials"));
        entries.put("forbidden", new Entry(403, "Forbidden"));
        entries.put("insufficient_scope", new Entry(403, "Insufficient scope"));
        entries.put("access_denied", new Entry(403, "Access denied"));
        entries.put("not_found", new Entry(404, "Not found"));
        entries.put("method_not_allowed", new Entry(405, "Method not allowed"));
        entries.put("not_acceptable", new Entry(406, "Not acceptable"));
        entries.put("conflict", new Entry(409, "Conflict"));
        entries.put("payload_too_large", new Entry(413, "Content too large"));
        entries.put("unsupported_media_type", new Entry(415, "Unsupported media type"));
        entries.put("invalid_grant", new Entry(400, "Invalid grant"));
        entries.put("invalid_redirect_uri", new Entry(400, "Invalid redirect URI"));
        entries.put("internal_error", new Entry(500, "Internal error"));
        entries.put("database_unavailable", new Entry(503, "Database unavailable"));
        return new ProblemCatalog(entries);
    }

    /** A copy that also knows {@code code}. */
    public ProblemCatalog with(String code, int status, String title) {
        Map<String, Entry> more = new HashMap<>(entries);
        more.put(code, new Entry(status, title));
        return new ProblemCatalog(more);
    }

    /** The entry of a code; an unknown code of a business rule is a client error (400), never a 5xx. */
    public Entry entry(String code) {
        return entries.getOrDefault(code, UNKNOWN);
    }

    /** The title of a code, or of the status when the code is not in the catalog. */
    public String title(String code, int status) {
        Entry entry = entries.get(code);
        return entry != null ? entry.title() : titleForStatus(status);
    }

    /** The title for a status when no code says more, e.g. for errors raised by Jetty itself. */
    public static String titleForStatus(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 429 -> "Too many requests";
            case 431 -> "Request header fields too large";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Internal error" : "Bad request";
        };
    }
}
