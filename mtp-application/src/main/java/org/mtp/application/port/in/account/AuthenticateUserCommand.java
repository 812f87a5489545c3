package org.mtp.application.port.in.account;

import org.mtp.application.model.account.ClientAddress;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.user.RawPassword;

/**
 * Input of {@link AuthenticateUserUseCase}: a username or an email, the password as typed, and the address the attempt
 * came from (failed attempts are limited per account and per address).
 */
public record AuthenticateUserCommand(String login, RawPassword password, ClientAddress clientAddress) {

    public AuthenticateUserCommand {
        login = Text.requireTrimmed("username", login, 1, Limits.EMAIL_MAX);
        Require.notNull("password", password);
        Require.notNull("clientAddress", clientAddress);
    }
}
