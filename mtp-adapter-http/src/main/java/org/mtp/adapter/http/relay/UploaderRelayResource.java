package org.mtp.adapter.http.relay;

import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;

/**
 * HTTP resource: the desktop uploader's sign-in relays, kept for existing uploader builds. Mapillary, Google and Strava
 * redirect the browser here; each answers 302 to the app's custom scheme with the query string unchanged, and stores
 * nothing.
 */
public final class UploaderRelayResource implements ApiResource {

    @Override
    public void register(ApiRoutes routes) {
        relay(routes, "/accounts/check-mtpu-mapillary-oauth", "mapillary");
        relay(routes, "/accounts/check-mtpu-google-oauth", "google");
        relay(routes, "/exchange_token", "strava");
    }

    private static void relay(ApiRoutes routes, String path, String target) {
        routes.get(path).access(Access.PUBLIC).handle(exchange -> relayTo(exchange, "app.mtp.desktop://" + target));
    }

    private static void relayTo(ApiExchange exchange, String base) {
        String query = exchange.ctx().queryString();
        exchange.redirect(query == null || query.isEmpty() ? base : base + "?" + query);
    }
}
