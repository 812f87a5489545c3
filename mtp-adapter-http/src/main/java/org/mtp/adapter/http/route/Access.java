package org.mtp.adapter.http.route;

/**
 * Who may call a route. {@link #PUBLIC} routes need no client (health, metrics, the OpenAPI document, OAuth endpoints
 * that authenticate clients themselves, redirect relays, the Mapillary callback); {@link #CLIENT} routes need an
 * identified client ({@code client_id} or a bearer token); {@link #READ} and {@link #WRITE} routes also need a
 * signed-in user whose token has that scope.
 */
public enum Access {
    PUBLIC,
    CLIENT,
    READ,
    WRITE
}
