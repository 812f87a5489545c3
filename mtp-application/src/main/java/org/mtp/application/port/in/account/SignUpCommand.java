package org.mtp.application.port.in.account;

import org.mtp.domain.common.Require;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.Username;

/** Input of {@link SignUpUseCase}; each value has validated itself. */
public record SignUpCommand(Username username, Email email, RawPassword password) {

    public SignUpCommand {
        Require.notNull("username", username);
        Require.notNull("email", email);
        Require.notNull("password", password);
    }
}
