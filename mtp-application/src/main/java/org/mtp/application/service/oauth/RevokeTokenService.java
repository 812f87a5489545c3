package org.mtp.application.service.oauth;

import java.time.Clock;
import java.util.Optional;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.RevokeTokenCommand;
import org.mtp.application.port.in.oauth.RevokeTokenUseCase;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * Use case service: RFC 7009 revocation. The client authenticates first; an unknown or already revoked token is
 * accepted silently, a token of another client is refused (as Spring Authorization Server does, with invalid_client).
 */
public final class RevokeTokenService implements RevokeTokenUseCase {

    private final ClientAuthenticator clientAuthenticator;
    private final AccessTokenStore tokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RevokeTokenService(ClientRepository clients, AccessTokenStore tokens, UnitOfWork unitOfWork, Clock clock) {
        this.clientAuthenticator = new ClientAuthenticator(clients);
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void revoke(RevokeTokenCommand command) {
        unitOfWork.run(() -> {
            OAuthClient client = clientAuthenticator.authenticate(command.client());
            Optional<AccessTokenRecord> token =
                    tokens.findByHash(TokenHash.sha256Of(command.token())).filter(found -> !found.isRevoked());
            if (token.isEmpty()) {
                return;
            }
            if (!token.get().clientId().equals(client.id())) {
                throw new InvalidClientException("the token was issued to another client");
            }
            tokens.revoke(token.get().id(), clock.instant());
        });
    }
}
