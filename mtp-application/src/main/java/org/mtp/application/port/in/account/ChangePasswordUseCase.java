package org.mtp.application.port.in.account;

import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.UserId;

/**
 * Use case: a signed-in person changes their password, confirming it with the current one. Their other web app sessions
 * are revoked; the one they use stays signed in, and tokens of other clients keep working (revoke them on the account
 * page). Wrong current passwords count as failed sign-ins.
 */
public interface ChangePasswordUseCase {

    /**
     * Who, the current password, the new one (held to the same rule as at sign-up: {@link RawPassword}), the session to
     * keep, and the address the request came from.
     */
    record Command(
            UserId userId,
            RawPassword currentPassword,
            RawPassword newPassword,
            AccessTokenId currentSession,
            ClientAddress clientAddress) {

        public Command {
            Require.notNull("user", userId);
            Require.notNull("current_password", currentPassword);
            Require.notNull("new_password", newPassword);
            Require.notNull("currentSession", currentSession);
            Require.notNull("clientAddress", clientAddress);
        }
    }

    /**
     * Fails with {@link IncorrectPasswordException} when the current password is wrong, with
     * {@link SignInThrottledException} after too many failures (the password is then not checked).
     */
    void changePassword(Command command);
}
