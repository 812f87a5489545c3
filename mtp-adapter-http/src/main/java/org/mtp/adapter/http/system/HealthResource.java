package org.mtp.adapter.http.system;

import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;

/** HTTP resource: {@code GET /health/live}, answering while the process can serve requests at all. */
public final class HealthResource implements ApiResource {

    /** The liveness answer. */
    record Health(String status) {}

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/health/live").access(Access.PUBLIC).handle(exchange -> exchange.json(200, new Health("up")));
    }
}
