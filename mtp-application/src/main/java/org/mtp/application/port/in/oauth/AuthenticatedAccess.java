package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.User;

/** What a valid bearer token stands for: the token's id, its user, the client it was issued to and its scopes. */
public record AuthenticatedAccess(AccessTokenId tokenId, User user, ClientId clientId, Scopes scopes) {

    public AuthenticatedAccess {
        Require.notNull("token", tokenId);
        Require.notNull("user", user);
        Require.notNull("client_id", clientId);
        Require.notNull("scope", scopes);
    }
}
