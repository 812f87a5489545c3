package org.mtp.application.port.in.account;

import org.mtp.domain.user.User;

/**
 * Use case: check a username-or-email and password, as the sign-in form of the authorization page does. Failed attempts
 * are limited per account and per client address; a refused attempt does not check the password at all.
 */
public interface AuthenticateUserUseCase {

    /**
     * Fails with {@link InvalidCredentialsException}, saying nothing about which part was wrong, or with
     * {@link SignInThrottledException} when the account or the address has failed too often lately.
     */
    User authenticate(AuthenticateUserCommand command);
}
