package org.mtp.application.service.account;

import java.util.Optional;
import org.mtp.application.port.in.account.AuthenticateUserCommand;
import org.mtp.application.port.in.account.AuthenticateUserUseCase;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/**
 * Use case service: sign a user in by username or email. An unknown login still costs one hash, so the answer time does
 * not tell which accounts exist.
 */
public final class AuthenticateUserService implements AuthenticateUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private volatile PasswordHash decoy;

    public AuthenticateUserService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public User authenticate(AuthenticateUserCommand command) {
        Optional<User> user = unitOfWork.inTransaction(() -> find(command.login()));
        if (user.isEmpty()) {
            passwordHasher.matches(command.password(), decoy());
            throw new InvalidCredentialsException();
        }
        if (!passwordHasher.matches(command.password(), user.get().passwordHash())) {
            throw new InvalidCredentialsException();
        }
        return user.get();
    }

    private Optional<User> find(String login) {
        try {
            return login.indexOf('@') >= 0
                    ? users.findByEmailKey(Email.of(login))
                    : users.findByUsernameKey(Username.of(login));
        } catch (ValidationException notALogin) {
            return Optional.empty();
        }
    }

    private PasswordHash decoy() {
        PasswordHash current = decoy;
        if (current == null) {
            current = passwordHasher.hash(RawPassword.of("decoy password that no account has"));
            decoy = current;
        }
        return current;
    }
}
