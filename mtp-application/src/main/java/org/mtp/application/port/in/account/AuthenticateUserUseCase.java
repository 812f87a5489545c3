package org.mtp.application.port.in.account;

import org.mtp.domain.user.User;

/** Use case: check a username-or-email and password, as the sign-in form of the authorization page does. */
public interface AuthenticateUserUseCase {

    /** Fails with {@link InvalidCredentialsException}, saying nothing about which part was wrong. */
    User authenticate(AuthenticateUserCommand command);
}
