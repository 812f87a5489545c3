package org.mtp.adapter.persistence.write.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.domain.user.UserId;

/** Persistence adapter: maps an {@link AuthorizationCodeRecord} to its {@code authorization_codes} row and back. */
final class AuthorizationCodeMapper {

    /** mtp accepts only S256 challenges (RFC 7636 4.2); the method is stored so that the row says so. */
    static final String S256 = "S256";

    private AuthorizationCodeMapper() {}

    static AuthorizationCodeJpaEntity toJpaEntity(AuthorizationCodeRecord code) {
        String challenge = code.codeChallenge().map(CodeChallenge::value).orElse(null);
        return new AuthorizationCodeJpaEntity(
                code.hash().hex(),
                code.clientId().value(),
                code.userId().value(),
                code.redirectUri().value(),
                code.redirectUriGiven(),
                code.scopes().text(),
                challenge,
                challenge == null ? null : S256,
                code.issuedAt(),
                code.expiresAt(),
                code.usedAt().orElse(null),
                code.issuedTokenId().map(AccessTokenId::value).orElse(null));
    }

    static AuthorizationCodeRecord toModelEntity(AuthorizationCodeJpaEntity row) {
        if (row.getCodeChallenge() != null && !S256.equals(row.getCodeChallengeMethod())) {
            throw new IllegalStateException(
                    "authorization code with an unsupported challenge method: " + row.getCodeChallengeMethod());
        }
        return new AuthorizationCodeRecord(
                new TokenHash(row.getCodeHash()),
                ClientId.of(row.getClientId()),
                UserId.of(row.getUserId()),
                RedirectUri.of(row.getRedirectUri()),
                row.isRedirectUriGiven(),
                Scopes.parse(row.getScope()),
                Optional.ofNullable(row.getCodeChallenge()).map(CodeChallenge::of),
                row.getIssuedAt(),
                row.getExpiresAt(),
                Optional.ofNullable(row.getUsedAt()),
                Optional.ofNullable(row.getIssuedTokenId()).map(AccessTokenId::new));
    }
}
