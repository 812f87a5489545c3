package org.mtp.application.fake;

import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.AccessTokenStoreContract;

class InMemoryAccessTokenStoreTest extends AccessTokenStoreContract {

    @Override
    protected AccessTokenStore newStore() {
        return new InMemoryAccessTokenStore();
    }
}
