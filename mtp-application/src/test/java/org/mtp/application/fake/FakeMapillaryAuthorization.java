package org.mtp.application.fake;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGrant;

/**
 * In-memory fake of {@link MapillaryAuthorization}: codes are registered up front and work once; a grant lasts
 * {@code lifetime} from the injected clock; a refresh issues a new token unless the grant was marked as refused.
 */
public final class FakeMapillaryAuthorization implements MapillaryAuthorization {

    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, MapillaryToken> codes = new HashMap<>();
    private final Map<MapillaryToken, Boolean> refreshRefused = new HashMap<>();
    private final Deque<MapillaryException> failures = new ArrayDeque<>();
    private int refreshes;
    private volatile boolean configured = true;

    public FakeMapillaryAuthorization(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** {@code code} will be exchanged, once, for {@code token}. */
    public synchronized void acceptCode(String code, MapillaryToken token) {
        codes.put(code, token);
    }

    /** Refreshing a grant whose access token is {@code token} fails as an invalid token. */
    public synchronized void refuseRefreshOf(MapillaryToken token) {
        refreshRefused.put(token, true);
    }

    public synchronized void failNextWith(MapillaryException failure) {
        failures.add(failure);
    }

    /** As a server without MAPILLARY_APP_ID, MAPILLARY_SECRET or MAPILLARY_REDIRECT_URI. */
    public void notConfigured() {
        configured = false;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    public synchronized int refreshes() {
        return refreshes;
    }

    @Override
    public URI authorizationUrl(String state) {
        return URI.create("https://connect.fake-mapillary.test/connect?response_type=code&state="
                + URLEncoder.encode(state == null ? "" : state, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized MapillaryGrant exchangeCode(String code) {
        fail();
        MapillaryToken token = codes.remove(code);
        if (token == null) {
            throw new MapillaryException.InvalidToken("fake: unknown or used code");
        }
        return new MapillaryGrant(token, clock.instant().plus(lifetime), null);
    }

    @Override
    public synchronized MapillaryGrant refresh(MapillaryGrant grant) {
        fail();
        if (refreshRefused.containsKey(grant.accessToken())) {
            throw new MapillaryException.InvalidToken("fake: refresh refused");
        }
        refreshes++;
        MapillaryToken renewed = MapillaryToken.of(grant.accessToken().reveal() + "r" + refreshes);
        return new MapillaryGrant(renewed, clock.instant().plus(lifetime), null);
    }

    private void fail() {
        MapillaryException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
    }
}
