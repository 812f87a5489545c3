package org.mtp.application.service.account;

import java.time.Clock;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.oauth.TokenIssuer;
import org.mtp.domain.user.User;

/**
 * Use case service: the web app's sign-in. The password is checked as everywhere else ({@link PasswordCheck}), then the
 * session is a new token of the first-party client with every scope, stored like any token so that it survives a
 * restart, is seen by every node, and is listed and revocable with the person's other tokens.
 */
public final class SignInService implements SignInUseCase {

    private final PasswordCheck passwordCheck;
    private final TokenIssuer tokenIssuer;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SignInService(
            UserRepository users,
            PasswordHasher passwordHasher,
            SignInAttemptStore attempts,
            AccessTokenStore tokens,
            SecureTokenSource tokenSource,
            UnitOfWork unitOfWork,
            Clock clock,
            SignInLimits limits) {
        this.passwordCheck = new PasswordCheck(
                users, passwordHasher, new SignInLimiter(attempts, unitOfWork, clock, limits), unitOfWork);
        this.tokenIssuer = new TokenIssuer(tokens, tokenSource);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(Command command) {
        User user = passwordCheck.byLogin(command.login(), command.password(), command.clientAddress());
        IssuedAccessToken session = unitOfWork.inTransaction(() ->
                tokenIssuer.store(tokenIssuer.mint(user.id(), ClientId.FIRST_PARTY, Scopes.all(), clock.instant())));
        return new SignedIn(session, user);
    }
}
