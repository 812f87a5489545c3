package org.mtp.bootstrap.cli;

/** The arguments do not form a command; the message says what is wrong. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
