package org.mtp.adapter.http.system;

import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;

/** Readiness (503 while a dependency such as the database is unreachable) and the Prometheus scrape. */
public final class OperationsResource implements ApiResource {

    /** The Prometheus text exposition format. */
    static final MediaType PROMETHEUS_TEXT = new MediaType("text", "plain");

    private final HttpOperations operations;

    public OperationsResource(HttpOperations operations) {
        this.operations = operations;
    }

    /** The readiness answer. */
    record Readiness(String status) {}

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/health/ready").access(Access.PUBLIC).handle(exchange -> {
            boolean ready = operations.ready().getAsBoolean();
            exchange.header("Cache-Control", "no-store");
            exchange.json(ready ? 200 : 503, new Readiness(ready ? "ready" : "unavailable"));
        });
        routes.get("/metrics")
                .access(Access.PUBLIC)
                .produces(PROMETHEUS_TEXT)
                .handle(exchange ->
                        exchange.send(200, PROMETHEUS_TEXT, operations.metrics().get()));
    }
}
