package org.mtp.application.port.in.account;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.user.RawPassword;

/** Input of {@link AuthenticateUserUseCase}: a username or an email, and the password as typed. */
public record AuthenticateUserCommand(String login, RawPassword password) {

    public AuthenticateUserCommand {
        login = Text.requireTrimmed("username", login, 1, Limits.EMAIL_MAX);
        Require.notNull("password", password);
    }
}
