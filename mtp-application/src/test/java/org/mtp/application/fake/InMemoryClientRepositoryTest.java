package org.mtp.application.fake;

import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.oauth.ClientRepositoryContract;

class InMemoryClientRepositoryTest extends ClientRepositoryContract {

    @Override
    protected ClientRepository newRepository() {
        return new InMemoryClientRepository();
    }
}
