package org.mtp.application.port.in.account;

import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

/**
 * Use case: a person signs in to the web app with a username or email and a password; the session is a new access token
 * of the first-party client, which the browser keeps in a cookie until sign-out or revocation.
 */
public interface SignInUseCase {

    /** A username or an email, the password as typed, and the address the attempt came from. */
    record Command(String login, RawPassword password, ClientAddress clientAddress) {

        public Command {
            login = Text.requireTrimmed("username", login, 1, Limits.EMAIL_MAX);
            Require.notNull("password", password);
            Require.notNull("clientAddress", clientAddress);
        }
    }

    /** The new session (its token in clear, only this once) and the person it belongs to. */
    record SignedIn(IssuedAccessToken session, User user) {

        public SignedIn {
            Require.notNull("session", session);
            Require.notNull("user", user);
        }
    }

    /**
     * Fails with {@link InvalidCredentialsException} (which part was wrong is not said) or with
     * {@link SignInThrottledException} when the account or the address has failed too often lately.
     */
    SignedIn signIn(Command command);
}
