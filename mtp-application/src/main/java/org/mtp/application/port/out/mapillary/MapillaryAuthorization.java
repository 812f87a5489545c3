package org.mtp.application.port.out.mapillary;

import java.net.URI;

/** Outgoing port for connecting a Mapillary account through Mapillary's own OAuth pages. */
public interface MapillaryAuthorization {

  /** Where to send the user's browser; {@code state} comes back unchanged on the callback. */
  URI authorizationUrl(String state);

  /** Exchanges a callback code for a token (v4). Never retried: a code is single-use. */
  MapillaryGrant exchangeCode(String code);

  /** Renews a grant ahead of expiry, where the API allows it. */
  MapillaryGrant refresh(MapillaryGrant grant);
}
