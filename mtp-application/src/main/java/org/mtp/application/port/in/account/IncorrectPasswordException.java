package org.mtp.application.port.in.account;

import org.mtp.domain.common.DomainException;

/** The current password given to confirm a change is not the account's password. */
public final class IncorrectPasswordException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IncorrectPasswordException() {
        super("the current password is not correct");
    }

    /** The form field the failure belongs to. */
    public String field() {
        return "current_password";
    }

    @Override
    public String code() {
        return "incorrect_password";
    }
}
