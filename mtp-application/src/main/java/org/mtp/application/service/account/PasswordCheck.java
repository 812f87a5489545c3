package org.mtp.application.service.account;

import java.util.Locale;
import java.util.Optional;
import org.mtp.application.model.account.ClientAddress;
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
 * The one rule for checking a password, wherever a person proves who they are (the authorization page, the web app's
 * sign-in, a password change): the attempt is counted by {@link SignInLimiter} before any hash runs, and an unknown
 * login still costs one hash, so the answer time does not tell which accounts exist.
 */
final class PasswordCheck {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final SignInLimiter limiter;
    private final UnitOfWork unitOfWork;
    private volatile PasswordHash decoy;

    PasswordCheck(UserRepository users, PasswordHasher passwordHasher, SignInLimiter limiter, UnitOfWork unitOfWork) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.limiter = limiter;
        this.unitOfWork = unitOfWork;
    }

    /**
     * The user with this username or email and password. Attempts on one account are counted together whichever login
     * names it; attempts on a login no account has are counted under the login itself (a username is at most 30
     * characters and an email holds '@', so neither is ever taken for a user id).
     */
    User byLogin(String login, RawPassword password, ClientAddress address) {
        Optional<User> user = unitOfWork.reading(() -> find(login));
        String subject = user.map(found -> found.id().toString()).orElse(login.toLowerCase(Locale.ROOT));
        SignInLimiter.Attempt attempt = limiter.begin(subject, address);
        if (user.isEmpty()) {
            passwordHasher.matches(password, decoy());
            throw new InvalidCredentialsException();
        }
        if (!passwordHasher.matches(password, user.get().passwordHash())) {
            throw new InvalidCredentialsException();
        }
        limiter.succeeded(attempt);
        return user.get();
    }

    /** True when {@code password} is {@code user}'s; counted as a sign-in attempt on their account. */
    boolean confirms(User user, RawPassword password, ClientAddress address) {
        SignInLimiter.Attempt attempt = limiter.begin(user.id().toString(), address);
        if (!passwordHasher.matches(password, user.passwordHash())) {
            return false;
        }
        limiter.succeeded(attempt);
        return true;
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
