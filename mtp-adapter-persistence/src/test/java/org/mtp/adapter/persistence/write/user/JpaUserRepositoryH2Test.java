package org.mtp.adapter.persistence.write.user;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.account.UserRepositoryContract;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** The user repository contract on H2. */
class JpaUserRepositoryH2Test extends UserRepositoryContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.H2);

    @Override
    protected UserRepository newRepository() {
        return DB.freshStores().users();
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return DB.unitOfWork();
    }
}
