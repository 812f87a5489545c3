package org.mtp.adapter.persistence.write.user;

import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.application.port.out.user.UserDirectoryContract;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** The user directory contract on PostgreSQL. */
class JpaUserDirectoryPostgresTest extends UserDirectoryContract {

    @RegisterExtension
    static final AccountDatabase DB = new AccountDatabase(Database.POSTGRESQL);

    private AccountStores stores;

    @Override
    protected UserDirectory newDirectory() {
        stores = DB.freshStores();
        return stores.userDirectory();
    }

    @Override
    protected void addUser(UserId id, Username username) {
        User user = new User(
                id,
                username,
                Email.of(username.normalized() + "@example.org"),
                new PasswordHash("hash"),
                Instant.parse("2026-01-02T03:04:05.678Z"));
        DB.unitOfWork().run(() -> stores.users().save(user));
    }

    @Override
    protected UnitOfWork newUnitOfWork() {
        return DB.unitOfWork();
    }
}
