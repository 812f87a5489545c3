package org.mtp.application.fake;

import java.util.OptionalInt;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/**
 * Test wiring of the whole application on in-memory fakes: the account and OAuth side ({@link InMemoryAccounts}) and
 * every other service ({@link TestServices}). The two keep users in different fakes, so {@link #signUp} bridges them: a
 * user signed up through it is also registered in the services' user directory, and their username resolves on
 * sequences, tours, leaderboards and challenges. HTTP and end-to-end tests build on it.
 */
public final class InMemoryPlatform {

    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryStores stores = new InMemoryStores();
    public final TestServices services;
    /** Signs up on the account side and registers the new user with the services' user directory. */
    public final SignUpUseCase signUp = this::signUpAndRegister;

    /** @param dailyImportLimit the per-user daily Mapillary import limit, empty for none */
    public InMemoryPlatform(OptionalInt dailyImportLimit) {
        this.services = new TestServices(stores, dailyImportLimit);
    }

    public InMemoryPlatform() {
        this(OptionalInt.empty());
    }

    /** Signs up {@code username} with the password {@link InMemoryAccounts#passwordOf}. */
    public User user(String username) {
        return signUp.signUp(new SignUpCommand(
                Username.of(username),
                Email.of(username + "@example.org"),
                RawPassword.of(InMemoryAccounts.passwordOf(username))));
    }

    private User signUpAndRegister(SignUpCommand command) {
        User user = accounts.signUp.signUp(command);
        stores.users.register(user.id(), user.username());
        return user;
    }
}
