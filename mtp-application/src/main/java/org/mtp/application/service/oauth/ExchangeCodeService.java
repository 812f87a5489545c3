package org.mtp.application.service.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.port.in.oauth.ExchangeCodeCommand;
import org.mtp.application.port.in.oauth.ExchangeCodeUseCase;
import org.mtp.application.port.in.oauth.InvalidGrantException;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * Use case service: exchange a one-time code for a token (RFC 6749 4.1.3, RFC 7636 4.6). Every failure leaves the code
 * as it was, except a replay of a used code, which also revokes the token that code became (RFC 6749 4.1.2): that
 * revocation must commit, so failures are decided inside the transaction and thrown after it.
 */
public final class ExchangeCodeService implements ExchangeCodeUseCase {

    private final ClientAuthenticator clientAuthenticator;
    private final AuthorizationCodeStore codes;
    private final AccessTokenStore tokens;
    private final TokenIssuer tokenIssuer;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExchangeCodeService(
            ClientRepository clients,
            AuthorizationCodeStore codes,
            AccessTokenStore tokens,
            SecureTokenSource tokenSource,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.clientAuthenticator = new ClientAuthenticator(clients);
        this.codes = codes;
        this.tokens = tokens;
        this.tokenIssuer = new TokenIssuer(tokens, tokenSource);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Either the token or why the grant was refused. */
    private record Outcome(IssuedAccessToken token, String refusal) {}

    @Override
    public IssuedAccessToken exchange(ExchangeCodeCommand command) {
        Instant now = clock.instant();
        Outcome outcome = unitOfWork.inTransaction(() -> decide(command, now));
        if (outcome.refusal() != null) {
            throw new InvalidGrantException(outcome.refusal());
        }
        return outcome.token();
    }

    private Outcome decide(ExchangeCodeCommand command, Instant now) {
        OAuthClient client = clientAuthenticator.authenticate(command.client());
        Optional<AuthorizationCodeRecord> found =
                codes.findByHash(command.code().hash());
        if (found.isEmpty()) {
            return refused("unknown authorization code");
        }
        AuthorizationCodeRecord code = found.get();
        if (!code.clientId().equals(client.id())) {
            return refused("the code was issued to another client");
        }
        if (code.isUsed()) {
            code.issuedTokenId().ifPresent(replayed -> tokens.revoke(replayed, now));
            return refused("the code was already used; the token it became is revoked");
        }
        if (code.isExpiredAt(now)) {
            return refused("the code has expired");
        }
        Optional<String> refusal = redirectRefusal(code, command).or(() -> verifierRefusal(code, command));
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        IssuedAccessToken token = tokenIssuer.mint(code.userId(), client.id(), code.scopes(), now);
        if (!codes.markUsed(code.hash(), now, token.id())) {
            return refused("the code was already used");
        }
        return new Outcome(tokenIssuer.store(token), null);
    }

    private static Optional<String> redirectRefusal(AuthorizationCodeRecord code, ExchangeCodeCommand command) {
        if (command.redirectUri().isEmpty()) {
            return code.redirectUriGiven()
                    ? Optional.of("redirect_uri is required because the authorization request had one")
                    : Optional.empty();
        }
        return command.redirectUri().get().equals(code.redirectUri().value())
                ? Optional.empty()
                : Optional.of("redirect_uri differs from the authorization request's");
    }

    private static Optional<String> verifierRefusal(AuthorizationCodeRecord code, ExchangeCodeCommand command) {
        if (code.codeChallenge().isEmpty()) {
            return command.codeVerifier().isPresent()
                    ? Optional.of("code_verifier was sent but the authorization request had no code_challenge")
                    : Optional.empty();
        }
        if (command.codeVerifier().isEmpty()) {
            return Optional.of("code_verifier is required");
        }
        return code.codeChallenge().get().isSatisfiedBy(command.codeVerifier().get())
                ? Optional.empty()
                : Optional.of("code_verifier does not match the code_challenge");
    }

    private static Outcome refused(String why) {
        return new Outcome(null, why);
    }
}
