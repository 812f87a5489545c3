package org.mtp.application.service.account;

import java.time.Clock;
import java.util.UUID;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.application.port.in.account.UserConflictException;
import org.mtp.application.port.out.account.DuplicateUserKeyException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;

/** Use case service: sign up, keeping usernames and emails unique in any letter case and only a slow password hash. */
public final class SignUpService implements SignUpUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SignUpService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User signUp(SignUpCommand command) {
        // The slow hash runs before the transaction so that no database connection waits on it.
        PasswordHash hash = passwordHasher.hash(command.password());
        User user = new User(UserId.of(UUID.randomUUID()), command.username(), command.email(), hash, clock.instant());
        try {
            return unitOfWork.inTransaction(() -> {
                if (users.findByUsernameKey(command.username()).isPresent()) {
                    throw new UserConflictException("username");
                }
                if (users.findByEmailKey(command.email()).isPresent()) {
                    throw new UserConflictException("email");
                }
                users.save(user);
                return user;
            });
        } catch (DuplicateUserKeyException raceLost) {
            throw new UserConflictException(raceLost.field());
        }
    }
}
