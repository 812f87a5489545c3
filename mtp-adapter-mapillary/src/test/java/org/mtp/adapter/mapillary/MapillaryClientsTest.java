package org.mtp.adapter.mapillary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.adapter.mapillary.upload.GraphUploader;
import org.mtp.adapter.mapillary.v3.V3Authorization;
import org.mtp.adapter.mapillary.v3.V3Gateway;
import org.mtp.adapter.mapillary.v4.GraphAuthorization;
import org.mtp.adapter.mapillary.v4.GraphGateway;

/** The factory picks the read API from one setting; uploads always go to the v4 upload service. */
class MapillaryClientsTest extends FakeMapillaryTestBase {

    @Test
    void v4IsTheDefault() {
        MapillaryClients clients = clients();

        assertThat(clients.gateway()).isInstanceOf(GraphGateway.class);
        assertThat(clients.authorization()).isInstanceOf(GraphAuthorization.class);
        assertThat(clients.uploader()).isInstanceOf(GraphUploader.class);
        assertThat(clients.gateway().verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.getUrl().encodedPath()).isEqualTo("/me"));
    }

    @Test
    void oneSettingSwitchesToV3() {
        MapillaryClients clients = clients(config().withApiVersion(ApiVersion.V3));

        assertThat(clients.gateway()).isInstanceOf(V3Gateway.class);
        assertThat(clients.authorization()).isInstanceOf(V3Authorization.class);
        assertThat(clients.uploader()).isInstanceOf(GraphUploader.class);
        assertThat(clients.gateway().verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.getUrl().encodedPath()).isEqualTo("/v3/me"));
    }

    @Test
    void withoutAppCredentials_theAuthorizationUrlIsAConfigurationError() {
        MapillaryClients clients = clients(MapillaryConfig.defaults().pointedAt(fake.root()));

        assertThatThrownBy(() -> clients.authorization().authorizationUrl("s"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("app id");
        assertThat(fake.requestCount()).isZero();
    }
}
