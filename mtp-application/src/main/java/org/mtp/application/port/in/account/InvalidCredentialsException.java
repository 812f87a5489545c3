package org.mtp.application.port.in.account;

import org.mtp.domain.common.DomainException;

/** The username-or-email and password do not match an account; which part was wrong is deliberately not said. */
public final class InvalidCredentialsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super("the username or email and password do not match");
    }

    @Override
    public String code() {
        return "invalid_credentials";
    }
}
