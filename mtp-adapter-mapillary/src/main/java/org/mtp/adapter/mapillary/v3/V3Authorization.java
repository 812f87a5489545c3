package org.mtp.adapter.mapillary.v3;

import java.net.URI;
import okhttp3.HttpUrl;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.domain.common.DomainException;

/**
 * Mapillary adapter for the v3 implicit flow: the connect page sends the token itself back in the callback's query
 * string, so "exchanging" it means checking it against {@code /v3/me}; v3 tokens never expire, so there is nothing to
 * refresh.
 */
public final class V3Authorization implements MapillaryAuthorization {

    private final MapillaryConfig config;
    private final MapillaryGateway gateway;

    public V3Authorization(MapillaryConfig config, MapillaryGateway gateway) {
        this.config = config;
        this.gateway = gateway;
    }

    @Override
    public boolean isConfigured() {
        return config.hasApp();
    }

    @Override
    public URI authorizationUrl(String state) {
        if (config.appId().isBlank()) {
            throw new IllegalStateException("the Mapillary client id is not configured");
        }
        HttpUrl.Builder url = HttpUrl.get(config.authorizationPageUrl())
                .newBuilder()
                .addQueryParameter("client_id", config.appId())
                .addQueryParameter("response_type", "token")
                .addQueryParameter("scope", config.scopesOrDefault());
        if (config.redirectUri() != null) {
            url.addQueryParameter("redirect_uri", config.redirectUri().toString());
        }
        if (state != null) {
            url.addQueryParameter("state", state);
        }
        return url.build().uri();
    }

    @Override
    public MapillaryGrant exchangeCode(String accessToken) {
        MapillaryToken token;
        try {
            token = MapillaryToken.of(accessToken == null ? "" : accessToken);
        } catch (DomainException e) {
            throw new MapillaryException.InvalidToken(
                    "v3 callback: the access token is not a token (" + e.getMessage() + ")");
        }
        gateway.verifyToken(token);
        return new MapillaryGrant(token, null, null);
    }

    @Override
    public MapillaryGrant refresh(MapillaryGrant grant) {
        return grant;
    }
}
