package org.mtp.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.in.account.ResolveSessionUseCase;
import org.mtp.application.port.in.account.SignOutEverywhereUseCase;
import org.mtp.application.port.in.account.SignOutUseCase;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.User;

/**
 * Use case service: the web app's sessions, which are the first-party client's access tokens: finding who a session
 * belongs to (read afresh on every request, so a revocation on any node takes effect at once), signing out of one, and
 * out of all.
 */
public final class SessionService implements ResolveSessionUseCase, SignOutUseCase, SignOutEverywhereUseCase {

    private final AccessTokenStore tokens;
    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SessionService(AccessTokenStore tokens, UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Session resolve(AccessToken token) {
        return unitOfWork.reading(() -> {
            AccessTokenRecord session = activeSession(token)
                    .orElseThrow(() -> new InvalidTokenException("the session is unknown, ended or not a session"));
            User user = users.findById(session.userId())
                    .orElseThrow(() -> new InvalidTokenException("the session's user no longer exists"));
            return new Session(session.id(), user);
        });
    }

    @Override
    public void signOut(SignOutUseCase.Command command) {
        unitOfWork.run(() ->
                activeSession(command.session()).ifPresent(session -> tokens.revoke(session.id(), clock.instant())));
    }

    @Override
    public int signOutEverywhere(SignOutEverywhereUseCase.Command command) {
        Optional<ClientId> only =
                command.reach() == Reach.BROWSER_SESSIONS ? Optional.of(ClientId.FIRST_PARTY) : Optional.empty();
        return unitOfWork.inTransaction(
                () -> tokens.revokeAllOfUser(command.userId(), only, Optional.empty(), clock.instant()));
    }

    private Optional<AccessTokenRecord> activeSession(AccessToken token) {
        return tokens.findByHash(token.hash())
                .filter(found -> !found.isRevoked() && found.clientId().equals(ClientId.FIRST_PARTY));
    }
}
