package org.mtp.adapter.persistence.write.oauth;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.port.out.oauth.AuthorizationCodeStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** The authorization code store contract on PostgreSQL. */
class JpaAuthorizationCodeStorePostgresTest extends AuthorizationCodeStoreContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    @Override
    protected AuthorizationCodeStore newStore() {
        return DB.freshStores().authorizationCodes();
    }

    @Override
    protected ClientId existingClient() {
        return DB.client();
    }

    @Override
    protected UserId existingUser() {
        return DB.users().get(0);
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return DB.unitOfWork();
    }
}
