package org.mtp.application.fake;

import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.signin.SignInAttemptStoreContract;

class InMemorySignInAttemptStoreTest extends SignInAttemptStoreContract {

    @Override
    protected SignInAttemptStore newStore() {
        return new InMemorySignInAttemptStore();
    }
}
