package org.mtp.application.port.out.mapillary;

import java.net.URI;

/** Outgoing port for connecting a Mapillary account through Mapillary's own OAuth pages. */
public interface MapillaryAuthorization {

    /**
     * Whether this server has a Mapillary app to connect accounts with (its id, secret and redirect URI); without one
     * no connection can be started.
     */
    boolean isConfigured();

    /** Where to send the user's browser; {@code state} comes back unchanged on the callback. */
    URI authorizationUrl(String state);

    /**
     * Turns what the callback carried into a grant. v4 (authorization code): exchanges the code for a token, never
     * retried since a code is single-use. v3 (implicit flow): the callback already carries the token, which is checked
     * against the current user and returned as a grant that never expires.
     */
    MapillaryGrant exchangeCode(String code);

    /**
     * Renews a grant ahead of expiry, where the API allows it (v4); a v3 grant never expires and comes back unchanged.
     * Not retried: a refresh may retire the old token.
     */
    MapillaryGrant refresh(MapillaryGrant grant);
}
