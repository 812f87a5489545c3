package org.mtp.adapter.persistence.write.oauth;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.oauth.ClientRepositoryContract;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** The client repository contract on PostgreSQL. */
class JpaClientRepositoryPostgresTest extends ClientRepositoryContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    @Override
    protected ClientRepository newRepository() {
        return DB.freshStores().clients();
    }

    @Override
    protected UserId existingOwner() {
        return DB.users().get(0);
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return DB.unitOfWork();
    }
}
