package org.mtp.adapter.http.route;

/** A route's own work, run after the conventions passed: parse the exchange, call a use case, answer. */
@FunctionalInterface
public interface ApiHandler {

    void handle(ApiExchange exchange) throws Exception;
}
