package org.mtp.application.fake;

import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.port.out.oauth.AuthorizationCodeStoreContract;

class InMemoryAuthorizationCodeStoreTest extends AuthorizationCodeStoreContract {

    @Override
    protected AuthorizationCodeStore newStore() {
        return new InMemoryAuthorizationCodeStore();
    }
}
