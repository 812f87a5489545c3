package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.mtp.adapter.mapillary.MapillaryClients;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.RecordingSleeper;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.adapter.mapillary.http.Jitter;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryGatewayContract;
import org.mtp.application.port.out.mapillary.MapillaryWorld;

/** The gateway contract, run against the real v4 client pointed at the fake Mapillary server. */
class GraphGatewayContractTest extends MapillaryGatewayContract {

    private FakeMapillaryServer fake;
    private MapillaryClients clients;

    @Override
    protected MapillaryWorld newWorld() {
        fake = new FakeMapillaryServer().start();
        return fake;
    }

    @Override
    protected MapillaryGateway gatewayFor(MapillaryWorld world) {
        clients = MapillaryClients.create(
                fake.config().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                Synth.CLOCK,
                new RecordingSleeper(),
                Jitter.none());
        return clients.gateway();
    }

    @AfterEach
    void stopFake() {
        clients.close();
        fake.close();
        assertThat(fake.rejections()).isEmpty();
    }
}
