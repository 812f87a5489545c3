package org.mtp.adapter.persistence.write.mapillary;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** The Mapillary connection store contract on H2. */
class JpaMapillaryConnectionStoreH2Test extends MapillaryConnectionStoreContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.H2);

    @Override
    protected MapillaryConnectionStore newStore() {
        return DB.freshStores().mapillaryConnections();
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
