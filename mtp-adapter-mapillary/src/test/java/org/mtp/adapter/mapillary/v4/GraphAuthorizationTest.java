package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGrant;

/** The v4 authorization-code flow: connect URL, code exchange with the app secret, refresh, never retried. */
class GraphAuthorizationTest extends FakeMapillaryTestBase {

    private MapillaryAuthorization authorization() {
        return clients().authorization();
    }

    @Test
    void theAuthorizationUrlAsksForACode() {
        HttpUrl url = HttpUrl.get(authorization().authorizationUrl("state-1"));

        assertThat(url.encodedPath()).isEqualTo("/connect");
        assertThat(url.queryParameter("client_id")).isEqualTo(FakeMapillaryServer.APP_ID);
        assertThat(url.queryParameter("response_type")).isEqualTo("code");
        assertThat(url.queryParameter("scope")).isEqualTo("read");
        assertThat(url.queryParameter("redirect_uri")).isEqualTo(FakeMapillaryServer.REDIRECT.toString());
        assertThat(url.queryParameter("state")).isEqualTo("state-1");
    }

    @Test
    void aCodeIsExchangedWithTheAppSecret_forATokenOfTheAnnouncedLifetime() {
        fake.acceptCode("synth-code-1", Synth.WALKER);

        MapillaryGrant grant = authorization().exchangeCode("synth-code-1");

        assertThat(grant.expiresAt()).isEqualTo(Synth.CLOCK.instant().plusSeconds(5_184_000));
        assertThat(grant.refresh()).isEmpty();
        assertThat(clients().gateway().verifyToken(grant.accessToken())).isEqualTo(Synth.WALKER);
        RecordedRequest token = fake.requests("/token").get(0);
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getHeaders().get("Authorization")).isEqualTo("OAuth " + FakeMapillaryServer.APP_SECRET);
        assertThat(token.getBody().utf8())
                .contains(
                        "grant_type=authorization_code", "client_id=1234567890", "code=synth-code-1", "redirect_uri=");
    }

    @Test
    void aCodeWorksOnce() {
        fake.acceptCode("synth-code-1", Synth.WALKER);
        authorization().exchangeCode("synth-code-1");

        assertThatThrownBy(() -> authorization().exchangeCode("synth-code-1"))
                .isInstanceOf(MapillaryException.InvalidToken.class);
    }

    @Test
    void theCodeExchangeIsNeverRetried_evenOnATransientFailure() {
        fake.acceptCode("synth-code-1", Synth.WALKER);
        fake.script(
                "/token",
                FakeJson.graphError(500, 2, null, "MLYApiException", "Service temporarily unavailable", true));

        assertThatThrownBy(() -> authorization().exchangeCode("synth-code-1"))
                .isInstanceOf(MapillaryException.Unavailable.class);
        assertThat(fake.requests("/token")).hasSize(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void aRateLimitedCodeExchange_reportsTheWaitWithoutRetrying() {
        fake.script(
                "/token",
                new MockResponse.Builder(FakeJson.rateLimited(429))
                        .setHeader("Retry-After", "7")
                        .build());

        assertThatThrownBy(() -> authorization().exchangeCode("synth-code-1"))
                .isInstanceOfSatisfying(
                        MapillaryException.RateLimited.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(fake.requests("/token")).hasSize(1);
    }

    @Test
    void refreshSendsTheAccessTokenWhenNoRefreshTokenWasIssued() {
        fake.acceptCode("synth-code-1", Synth.WALKER);
        MapillaryGrant first = authorization().exchangeCode("synth-code-1");

        MapillaryGrant renewed = authorization().refresh(first);

        assertThat(renewed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(fake.requests("/token").get(1).getBody().utf8())
                .contains(
                        "grant_type=refresh_token",
                        "refresh_token=" + first.accessToken().reveal());
    }

    @Test
    void refreshPrefersAnIssuedRefreshToken() {
        fake.issueRefreshTokens(true).acceptCode("synth-code-1", Synth.WALKER);
        MapillaryGrant first = authorization().exchangeCode("synth-code-1");

        MapillaryGrant renewed = authorization().refresh(first);

        assertThat(first.refresh()).isPresent();
        assertThat(fake.requests("/token").get(1).getBody().utf8())
                .contains("refresh_token=" + first.refresh().orElseThrow().reveal());
        assertThat(renewed.refresh()).isPresent().isNotEqualTo(first.refresh());
    }

    @Test
    void aRefusedRefresh_isInvalidToken() {
        MapillaryGrant unknown = new MapillaryGrant(Synth.RIDER_TOKEN, null, null);
        fake.revoke(Synth.RIDER_TOKEN);

        assertThatThrownBy(() -> authorization().refresh(unknown)).isInstanceOf(MapillaryException.InvalidToken.class);
    }

    @Test
    void aTokenResponseThatIsNotBearer_isMalformed() {
        fake.script(
                "/token", FakeJson.json(200, Map.of("access_token", "MLYx", "token_type", "mac", "expires_in", 10)));

        assertThatThrownBy(() -> authorization().exchangeCode("synth-code-1"))
                .isInstanceOf(MapillaryException.MalformedResponse.class)
                .hasMessageContaining("bearer");
    }

    @Test
    void aTokenWithoutExpiresIn_hasNoExpiry() {
        fake.tokenLifetime(null).acceptCode("synth-code-1", Synth.WALKER);

        assertThat(authorization().exchangeCode("synth-code-1").expiry()).isEmpty();
    }
}
