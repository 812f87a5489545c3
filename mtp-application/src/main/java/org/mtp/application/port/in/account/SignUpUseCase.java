package org.mtp.application.port.in.account;

import org.mtp.domain.user.User;

/** Use case: a person creates an account with a username, an email and a password. */
public interface SignUpUseCase {

    /** Fails with {@link UserConflictException} when the username or email is taken, in any letter case. */
    User signUp(SignUpCommand command);
}
