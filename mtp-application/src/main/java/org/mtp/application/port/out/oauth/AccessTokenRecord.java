package org.mtp.application.port.out.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/** A stored access token: its id, only the SHA-256 of the token, whom and what it is for, and when it was revoked. */
public record AccessTokenRecord(
        AccessTokenId id,
        TokenHash hash,
        UserId userId,
        ClientId clientId,
        Scopes scopes,
        Instant createdAt,
        Optional<Instant> revokedAt) {

    public AccessTokenRecord {
        Require.notNull("id", id);
        Require.notNull("hash", hash);
        Require.notNull("user", userId);
        Require.notNull("client_id", clientId);
        Require.notNull("scope", scopes);
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
        revokedAt = Require.notNull("revokedAt", revokedAt).map(Timestamps::normalize);
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    public AccessTokenRecord revoked(Instant at) {
        return new AccessTokenRecord(id, hash, userId, clientId, scopes, createdAt, Optional.of(at));
    }
}
