package org.mtp.adapter.http.route;

import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;

/** The signed-in user behind a bearer token, with the token's client and scopes. */
public record Caller(User user, ClientId clientId, Scopes scopes, AccessTokenId tokenId) {

    public UserId userId() {
        return user.id();
    }

    public boolean may(Scope scope) {
        return scopes.includes(scope);
    }
}
