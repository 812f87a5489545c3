package org.mtp.application.port.out.mapillary;

import org.mtp.application.fake.InMemoryData;
import org.mtp.application.fake.InMemoryMapillaryConnections;

/** The Mapillary connection store contract on the in-memory fake. */
class InMemoryMapillaryConnectionStoreTest extends MapillaryConnectionStoreContract {

    @Override
    protected MapillaryConnectionStore newStore() {
        return new InMemoryMapillaryConnections(new InMemoryData());
    }
}
