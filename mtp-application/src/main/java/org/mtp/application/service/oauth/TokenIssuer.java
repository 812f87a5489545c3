package org.mtp.application.service.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.domain.user.UserId;

/**
 * Mints access tokens: 256 random bits, of which only the SHA-256 is stored. Shared by the OAuth grants and the web
 * app's sign-in, whose sessions are tokens too.
 */
public final class TokenIssuer {

    private final AccessTokenStore tokens;
    private final SecureTokenSource tokenSource;

    public TokenIssuer(AccessTokenStore tokens, SecureTokenSource tokenSource) {
        this.tokens = tokens;
        this.tokenSource = tokenSource;
    }

    /** A token with its id, not yet stored, so a caller can bind the id elsewhere first. */
    public IssuedAccessToken mint(UserId userId, ClientId clientId, Scopes scopes, Instant now) {
        return new IssuedAccessToken(
                AccessTokenId.random(), AccessToken.of(tokenSource.newToken()), clientId, userId, scopes, now);
    }

    /** Runs inside the caller's transaction. */
    public IssuedAccessToken store(IssuedAccessToken token) {
        tokens.save(new AccessTokenRecord(
                token.id(),
                token.token().hash(),
                token.userId(),
                token.clientId(),
                token.scopes(),
                token.createdAt(),
                Optional.empty()));
        return token;
    }
}
