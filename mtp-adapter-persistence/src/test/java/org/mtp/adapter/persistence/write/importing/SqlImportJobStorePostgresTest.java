package org.mtp.adapter.persistence.write.importing;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.port.out.importing.ImportJobStore;
import org.mtp.application.port.out.importing.ImportJobStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** The import job store contract on PostgreSQL. */
class SqlImportJobStorePostgresTest extends ImportJobStoreContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    @Override
    protected ImportJobStore newStore() {
        return DB.freshStores().importJobs();
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
