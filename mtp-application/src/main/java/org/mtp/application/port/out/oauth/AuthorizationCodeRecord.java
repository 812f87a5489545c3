package org.mtp.application.port.out.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * A stored authorization code: only the hash of the code, what it is bound to (client, user, redirect URI, scopes, PKCE
 * challenge), its lifetime, and once used, when and which token it became (revoked if the code is replayed).
 */
public record AuthorizationCodeRecord(
        TokenHash hash,
        ClientId clientId,
        UserId userId,
        RedirectUri redirectUri,
        boolean redirectUriGiven,
        Scopes scopes,
        Optional<CodeChallenge> codeChallenge,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<AccessTokenId> issuedTokenId) {

    public AuthorizationCodeRecord {
        Require.notNull("hash", hash);
        Require.notNull("client_id", clientId);
        Require.notNull("user", userId);
        Require.notNull("redirect_uri", redirectUri);
        Require.notNull("scope", scopes);
        Require.notNull("code_challenge", codeChallenge);
        issuedAt = Timestamps.normalize(Require.notNull("issuedAt", issuedAt));
        expiresAt = Timestamps.normalize(Require.notNull("expiresAt", expiresAt));
        Require.that(expiresAt.isAfter(issuedAt), "expiresAt", "must be after issuedAt");
        usedAt = Require.notNull("usedAt", usedAt).map(Timestamps::normalize);
        Require.notNull("issuedTokenId", issuedTokenId);
    }

    /** A new, unused code. */
    public static AuthorizationCodeRecord issued(
            TokenHash hash,
            ClientId clientId,
            UserId userId,
            RedirectUri redirectUri,
            boolean redirectUriGiven,
            Scopes scopes,
            Optional<CodeChallenge> codeChallenge,
            Instant issuedAt,
            Instant expiresAt) {
        return new AuthorizationCodeRecord(
                hash,
                clientId,
                userId,
                redirectUri,
                redirectUriGiven,
                scopes,
                codeChallenge,
                issuedAt,
                expiresAt,
                Optional.empty(),
                Optional.empty());
    }

    public boolean isUsed() {
        return usedAt.isPresent();
    }

    /** Expired from {@link #expiresAt()} on. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public AuthorizationCodeRecord markedUsed(Instant at, AccessTokenId tokenId) {
        return new AuthorizationCodeRecord(
                hash,
                clientId,
                userId,
                redirectUri,
                redirectUriGiven,
                scopes,
                codeChallenge,
                issuedAt,
                expiresAt,
                Optional.of(at),
                Optional.of(tokenId));
    }
}
