package org.mtp.application.service.oauth;

import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.port.in.oauth.AuthenticatedAccess;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.application.port.in.oauth.ResolveAccessTokenUseCase;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.User;

/**
 * Use case service: resolve a bearer token by the hash of its text. A revoked token, or one whose client or user is
 * gone, is as invalid as an unknown one; tokens never expire otherwise.
 */
public final class ResolveAccessTokenService implements ResolveAccessTokenUseCase {

    private final AccessTokenStore tokens;
    private final ClientRepository clients;
    private final UserRepository users;
    private final UnitOfWork unitOfWork;

    public ResolveAccessTokenService(
            AccessTokenStore tokens, ClientRepository clients, UserRepository users, UnitOfWork unitOfWork) {
        this.tokens = tokens;
        this.clients = clients;
        this.users = users;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AuthenticatedAccess resolve(AccessToken token) {
        return unitOfWork.reading(() -> {
            AccessTokenRecord record = tokens.findByHash(token.hash())
                    .filter(found -> !found.isRevoked())
                    .orElseThrow(() -> new InvalidTokenException("the access token is unknown or revoked"));
            if (clients.findById(record.clientId()).isEmpty()) {
                throw new InvalidTokenException("the access token's client no longer exists");
            }
            User user = users.findById(record.userId())
                    .orElseThrow(() -> new InvalidTokenException("the access token's user no longer exists"));
            return new AuthenticatedAccess(record.id(), user, record.clientId(), record.scopes());
        });
    }
}
