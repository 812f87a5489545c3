package org.mtp.application.port.in.account;

import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.User;

/**
 * Use case: find who a web app session belongs to, from the token in its cookie. Only an active token of the
 * first-party client is a session; a token granted to another client is not, even though it is valid on the API.
 */
public interface ResolveSessionUseCase {

    /** A signed-in person and the id of the session's token (to mark it in the list of their tokens, or keep it). */
    record Session(AccessTokenId tokenId, User user) {

        public Session {
            Require.notNull("tokenId", tokenId);
            Require.notNull("user", user);
        }
    }

    /** Fails with {@link InvalidTokenException} when the token is unknown, revoked, or not a session. */
    Session resolve(AccessToken token);
}
