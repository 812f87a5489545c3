package org.mtp.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.in.account.ChangePasswordUseCase;
import org.mtp.application.port.in.account.IncorrectPasswordException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;

/**
 * Use case service: change a password. The current one is checked like a sign-in (counted, and limited), the new hash
 * is computed outside any transaction, then the password and the revocation of the person's other web app sessions
 * commit together, so a stolen session cannot outlive the change.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UserRepository users;
    private final AccessTokenStore tokens;
    private final PasswordHasher passwordHasher;
    private final PasswordCheck passwordCheck;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangePasswordService(
            UserRepository users,
            AccessTokenStore tokens,
            PasswordHasher passwordHasher,
            SignInAttemptStore attempts,
            UnitOfWork unitOfWork,
            Clock clock,
            SignInLimits limits) {
        this.users = users;
        this.tokens = tokens;
        this.passwordHasher = passwordHasher;
        this.passwordCheck = new PasswordCheck(
                users, passwordHasher, new SignInLimiter(attempts, unitOfWork, clock, limits), unitOfWork);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void changePassword(Command command) {
        User user =
                unitOfWork.reading(() -> users.findById(command.userId())).orElseThrow(IncorrectPasswordException::new);
        if (!passwordCheck.confirms(user, command.currentPassword(), command.clientAddress())) {
            throw new IncorrectPasswordException();
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        unitOfWork.run(() -> {
            User current = users.findById(user.id()).orElseThrow(IncorrectPasswordException::new);
            users.save(current.withPasswordHash(newHash));
            tokens.revokeAllOfUser(
                    user.id(),
                    Optional.of(ClientId.FIRST_PARTY),
                    Optional.of(command.currentSession()),
                    clock.instant());
        });
    }
}
