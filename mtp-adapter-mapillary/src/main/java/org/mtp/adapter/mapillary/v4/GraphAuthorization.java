package org.mtp.adapter.mapillary.v4;

import com.squareup.moshi.Moshi;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.domain.common.DomainException;

/**
 * Mapillary adapter for the v4 authorization-code flow: the connect page asks for a code, {@code POST /token}
 * (authenticated by the app secret in {@code Authorization: OAuth}) trades it for a token of about 60 days, and the
 * same endpoint refreshes it, with the issued refresh token if there is one or else the current access token. Neither
 * token call is retried.
 */
public final class GraphAuthorization implements MapillaryAuthorization {

    private final MapillaryConfig config;
    private final GraphApi api;
    private final Clock clock;

    public GraphAuthorization(MapillaryConfig config, HttpExecutor http, Moshi moshi, Clock clock) {
        this.config = config;
        this.api = new GraphApi(http, HttpUrl.get(config.graphBaseUrl()), moshi);
        this.clock = clock;
    }

    @Override
    public boolean isConfigured() {
        return config.hasApp();
    }

    @Override
    public URI authorizationUrl(String state) {
        HttpUrl.Builder url = HttpUrl.get(config.authorizationPageUrl())
                .newBuilder()
                .addQueryParameter("client_id", requireAppId())
                .addQueryParameter("response_type", "code")
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
    public MapillaryGrant exchangeCode(String code) {
        if (code == null || code.isBlank()) {
            throw new MapillaryException.InvalidToken("v4 /token: the callback carried no code");
        }
        FormBody.Builder form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("client_id", requireAppId())
                .add("code", code.strip());
        if (config.redirectUri() != null) {
            form.add("redirect_uri", config.redirectUri().toString());
        }
        return grant(api.token(requireSecret(), form.build(), "v4 /token (code)"));
    }

    @Override
    public MapillaryGrant refresh(MapillaryGrant grant) {
        MapillaryToken current = grant.refresh().orElse(grant.accessToken());
        FormBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("client_id", requireAppId())
                .add("refresh_token", current.reveal())
                .build();
        return grant(api.token(requireSecret(), form, "v4 /token (refresh)"));
    }

    private MapillaryGrant grant(GraphWire.Token token) {
        if (token.accessToken() == null) {
            throw JsonBodies.missing("v4 /token", "'access_token'");
        }
        if (token.tokenType() == null
                || !token.tokenType().toLowerCase(Locale.ROOT).equals("bearer")) {
            throw new MapillaryException.MalformedResponse(
                    "v4 /token: token_type must be 'bearer', was " + token.tokenType(), null);
        }
        if (token.expiresIn() != null && token.expiresIn() <= 0) {
            throw new MapillaryException.MalformedResponse("v4 /token: expires_in must be positive", null);
        }
        Instant expiresAt = token.expiresIn() == null ? null : clock.instant().plusSeconds(token.expiresIn());
        try {
            // Without an issued refresh token, the next refresh sends the access token itself (what known clients do).
            MapillaryToken refresh = token.refreshToken() != null ? MapillaryToken.of(token.refreshToken()) : null;
            return new MapillaryGrant(MapillaryToken.of(token.accessToken()), expiresAt, refresh);
        } catch (DomainException e) {
            throw new MapillaryException.MalformedResponse("v4 /token: " + e.getMessage(), null);
        }
    }

    private String requireAppId() {
        if (config.appId().isBlank()) {
            throw new IllegalStateException("the Mapillary app id is not configured");
        }
        return config.appId();
    }

    private String requireSecret() {
        if (config.appSecret().isBlank()) {
            throw new IllegalStateException("the Mapillary app secret is not configured");
        }
        return config.appSecret();
    }
}
