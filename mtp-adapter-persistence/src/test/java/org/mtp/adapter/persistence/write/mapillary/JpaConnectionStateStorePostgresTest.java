package org.mtp.adapter.persistence.write.mapillary;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.application.port.out.mapillary.ConnectionStateStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** The connection state store contract on PostgreSQL. */
class JpaConnectionStateStorePostgresTest extends ConnectionStateStoreContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    @Override
    protected ConnectionStateStore newStore() {
        return DB.freshStores().connectionStates();
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
