package org.mtp.application.port.out.mapillary;

import org.mtp.application.fake.InMemoryData;
import org.mtp.application.fake.InMemoryMapillaryConnections;

/** The connection state store contract on the in-memory fake. */
class InMemoryConnectionStateStoreTest extends ConnectionStateStoreContract {

    @Override
    protected ConnectionStateStore newStore() {
        return new InMemoryMapillaryConnections(new InMemoryData());
    }
}
