package org.mtp.application.port.out.user;

import org.mtp.application.fake.InMemoryData;
import org.mtp.application.fake.InMemoryUserDirectory;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** The user directory contract on the in-memory fake. */
class InMemoryUserDirectoryTest extends UserDirectoryContract {

    private InMemoryUserDirectory directory;

    @Override
    protected UserDirectory newDirectory() {
        directory = new InMemoryUserDirectory(new InMemoryData());
        return directory;
    }

    @Override
    protected void addUser(UserId id, Username username) {
        directory.register(id, username);
    }
}
