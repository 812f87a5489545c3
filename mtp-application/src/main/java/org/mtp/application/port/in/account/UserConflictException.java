package org.mtp.application.port.in.account;

import org.mtp.domain.common.DomainException;

/** Another account already has this username or email (compared case-insensitively); {@link #field()} says which. */
public final class UserConflictException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public UserConflictException(String field) {
        super("this " + field + " is already taken");
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "conflict";
    }
}
