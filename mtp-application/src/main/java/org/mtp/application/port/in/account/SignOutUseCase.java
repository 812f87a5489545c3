package org.mtp.application.port.in.account;

import org.mtp.application.model.oauth.AccessToken;
import org.mtp.domain.common.Require;

/**
 * Use case: a person signs out of the web app; the session's token is revoked at once, on every node. Signing out with
 * an unknown, revoked or non-session token changes nothing and is no error.
 */
public interface SignOutUseCase {

    /** The token from the session cookie. */
    record Command(AccessToken session) {

        public Command {
            Require.notNull("session", session);
        }
    }

    void signOut(Command command);
}
