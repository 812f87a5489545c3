package org.mtp.adapter.persistence.write.signin;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.signin.SignInAttemptStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** The sign-in attempt store contract on PostgreSQL, concurrent first attempts of one key included. */
class SqlSignInAttemptStorePostgresTest extends SignInAttemptStoreContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    @Override
    protected SignInAttemptStore newStore() {
        return DB.freshStores().signInAttempts();
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return DB.unitOfWork();
    }
}
