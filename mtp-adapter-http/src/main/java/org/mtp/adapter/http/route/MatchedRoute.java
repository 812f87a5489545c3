package org.mtp.adapter.http.route;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * The route template a request matched, as metrics and log lines name it ({@code /api/v1/sequences/{id}}): never the
 * raw path, whose ids would make every request a series of its own.
 */
public final class MatchedRoute {

    /** What a request that matched no route is counted and logged under. */
    public static final String NONE = "unmatched";

    private MatchedRoute() {}

    public static String of(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? NONE : endpoint.path;
    }
}
