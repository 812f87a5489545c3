package org.mtp.adapter.persistence.write.oauth;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.AccessTokenStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** The access token store contract on PostgreSQL. */
class JpaAccessTokenStorePostgresTest extends AccessTokenStoreContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    @Override
    protected AccessTokenStore newStore() {
        return DB.freshStores().accessTokens();
    }

    @Override
    protected ClientId existingClient() {
        return DB.client();
    }

    @Override
    protected List<UserId> existingUsers() {
        return DB.users();
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return DB.unitOfWork();
    }
}
