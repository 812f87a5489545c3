package org.mtp.application.fake;

import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.account.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected UserRepository newRepository() {
        return new InMemoryUserRepository();
    }
}
