package org.mtp.application.port.out.mapillary;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mtp.application.model.mapillary.MapillaryToken;

/**
 * What Mapillary's token endpoint grants: the access token, when it expires (v4 tokens last about 60 days, v3 tokens
 * never expire) and a refresh token when one is issued.
 */
public record MapillaryGrant(MapillaryToken accessToken, Instant expiresAt, MapillaryToken refreshToken) {

    public MapillaryGrant {
        Objects.requireNonNull(accessToken, "accessToken");
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<MapillaryToken> refresh() {
        return Optional.ofNullable(refreshToken);
    }
}
