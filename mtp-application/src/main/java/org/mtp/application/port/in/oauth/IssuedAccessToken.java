package org.mtp.application.port.in.oauth;

import java.time.Instant;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/** An access token just issued, with its secret in clear: the only moment it exists outside its holder. */
public record IssuedAccessToken(
        AccessTokenId id, AccessToken token, ClientId clientId, UserId userId, Scopes scopes, Instant createdAt) {

    public IssuedAccessToken {
        Require.notNull("id", id);
        Require.notNull("token", token);
        Require.notNull("client_id", clientId);
        Require.notNull("user", userId);
        Require.notNull("scope", scopes);
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
    }
}
