package org.mtp.adapter.mapillary.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.ApiVersion;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGrant;

/** The v3 implicit flow: the token comes back in the callback, is checked against /v3/me and never expires. */
class V3AuthorizationTest extends FakeMapillaryTestBase {

    private MapillaryAuthorization authorization() {
        return clients(config().withApiVersion(ApiVersion.V3)).authorization();
    }

    @Test
    void theAuthorizationUrlAsksForATokenDirectly() {
        URI uri = authorization().authorizationUrl("state-1");

        HttpUrl url = HttpUrl.get(uri);
        assertThat(url.encodedPath()).isEqualTo("/connect");
        assertThat(url.queryParameter("client_id")).isEqualTo(FakeMapillaryServer.APP_ID);
        assertThat(url.queryParameter("response_type")).isEqualTo("token");
        assertThat(url.queryParameter("scope")).isEqualTo("user:read");
        assertThat(url.queryParameter("redirect_uri")).isEqualTo(FakeMapillaryServer.REDIRECT.toString());
        assertThat(url.queryParameter("state")).isEqualTo("state-1");
    }

    @Test
    void theCallbacksTokenIsCheckedAndBecomesANonExpiringGrant() {
        MapillaryGrant grant = authorization().exchangeCode(Synth.WALKER_TOKEN.reveal());

        assertThat(grant.accessToken()).isEqualTo(Synth.WALKER_TOKEN);
        assertThat(grant.expiry()).isEmpty();
        assertThat(fake.requests("/v3/me")).hasSize(1);
        assertThat(authorization().refresh(grant)).isSameAs(grant);
    }

    @Test
    void anInvalidCallbackToken_isInvalidToken() {
        assertThatThrownBy(() -> authorization().exchangeCode("MLYnotAToken"))
                .isInstanceOf(MapillaryException.InvalidToken.class);
        assertThatThrownBy(() -> authorization().exchangeCode(" ")).isInstanceOf(MapillaryException.InvalidToken.class);
    }
}
