package org.mtp.application.port.out.account;

/** A store refused a user because another one holds the same username or email key; {@link #field()} says which. */
public final class DuplicateUserKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public DuplicateUserKeyException(String field, Throwable cause) {
        super("another user has this " + field, cause);
        this.field = field;
    }

    /** {@code username} or {@code email}. */
    public String field() {
        return field;
    }
}
