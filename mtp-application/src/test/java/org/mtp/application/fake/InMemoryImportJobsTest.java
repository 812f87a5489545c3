package org.mtp.application.fake;

import org.mtp.application.port.out.importing.ImportJobStore;
import org.mtp.application.port.out.importing.ImportJobStoreContract;
import org.mtp.application.port.out.transaction.UnitOfWork;

class InMemoryImportJobsTest extends ImportJobStoreContract {

    private final InMemoryData data = new InMemoryData();

    @Override
    protected ImportJobStore newStore() {
        return new InMemoryImportJobs(data);
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork(data);
    }
}
