package org.mtp.application.service.oauth;

import java.time.Clock;
import java.time.Instant;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequest;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientUseCase;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * Use case service: a user approved an authorization request. The implicit grant stores and returns a token; the code
 * grant stores the hash of a one-time code bound to everything the token request must repeat.
 */
public final class AuthorizeClientService implements AuthorizeClientUseCase {

    private final AuthorizationRequests requests;
    private final AuthorizationCodeStore codes;
    private final TokenIssuer tokenIssuer;
    private final SecureTokenSource tokenSource;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final OAuthSettings settings;

    public AuthorizeClientService(
            ClientRepository clients,
            AuthorizationCodeStore codes,
            AccessTokenStore tokens,
            SecureTokenSource tokenSource,
            UnitOfWork unitOfWork,
            Clock clock,
            OAuthSettings settings) {
        this.requests = new AuthorizationRequests(clients);
        this.codes = codes;
        this.tokenIssuer = new TokenIssuer(tokens, tokenSource);
        this.tokenSource = tokenSource;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public AuthorizationGrant authorize(AuthorizeClientCommand command) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            AuthorizationRequest request = requests.check(command.request());
            if (request.responseType() == ResponseType.TOKEN) {
                return new AuthorizationGrant.Implicit(
                        request.redirectUri(),
                        tokenIssuer.store(tokenIssuer.mint(
                                command.userId(), request.client().id(), request.scopes(), now)));
            }
            AuthorizationCode code = AuthorizationCode.of(tokenSource.newToken());
            codes.save(AuthorizationCodeRecord.issued(
                    code.hash(),
                    request.client().id(),
                    command.userId(),
                    request.redirectUri(),
                    request.redirectUriGiven(),
                    request.scopes(),
                    request.codeChallenge(),
                    now,
                    now.plus(settings.codeLifetime())));
            return new AuthorizationGrant.Code(request.redirectUri(), code);
        });
    }
}
