package org.mtp.application.service.account;

import java.time.Clock;
import org.mtp.application.port.in.account.AuthenticateUserCommand;
import org.mtp.application.port.in.account.AuthenticateUserUseCase;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.User;

/** Use case service: sign a user in by username or email, under the sign-in limits (see {@link PasswordCheck}). */
public final class AuthenticateUserService implements AuthenticateUserUseCase {

    private final PasswordCheck passwordCheck;

    public AuthenticateUserService(
            UserRepository users,
            PasswordHasher passwordHasher,
            SignInAttemptStore attempts,
            UnitOfWork unitOfWork,
            Clock clock,
            SignInLimits limits) {
        this.passwordCheck = new PasswordCheck(
                users, passwordHasher, new SignInLimiter(attempts, unitOfWork, clock, limits), unitOfWork);
    }

    @Override
    public User authenticate(AuthenticateUserCommand command) {
        return passwordCheck.byLogin(command.login(), command.password(), command.clientAddress());
    }
}
