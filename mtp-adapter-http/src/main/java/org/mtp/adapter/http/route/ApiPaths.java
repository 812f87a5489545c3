package org.mtp.adapter.http.route;

import java.util.List;
import java.util.Set;

/**
 * The paths the REST adapter owns on a server it shares: its own routes, and its answers (problem+json) for unknown
 * routes, refused methods and failures under them. Every other path belongs to the server's other adapters.
 */
public final class ApiPaths {

    private static final List<String> PREFIXES = List.of("/api/v1/", "/health/");
    private static final Set<String> EXACT = Set.of(
            "/api/v1",
            "/health",
            "/metrics",
            "/accounts/check-mtpu-mapillary-oauth",
            "/accounts/check-mtpu-google-oauth",
            "/exchange_token");

    private ApiPaths() {}

    /** Whether {@code path} (the request's, without query) is one of the API's, with or without a trailing slash. */
    public static boolean owns(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return EXACT.contains(trimmed) || PREFIXES.stream().anyMatch(trimmed::startsWith);
    }
}
