package org.mtp.application.port.out.transaction;

/** Someone else changed the same data first (an optimistic-lock or unique-key race); the caller may retry. */
public final class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
