package org.mtp.application.fake;

import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryGatewayContract;
import org.mtp.application.port.out.mapillary.MapillaryWorld;

/** The gateway contract, run against the in-memory fake. */
class FakeMapillaryGatewayContractTest extends MapillaryGatewayContract {

    @Override
    protected MapillaryWorld newWorld() {
        return new FakeMapillaryGateway();
    }

    @Override
    protected MapillaryGateway gatewayFor(MapillaryWorld world) {
        return (FakeMapillaryGateway) world;
    }
}
