package org.mtp.domain.common;

/**
 * Base of every typed business failure; {@link #code()} is a stable machine-readable name adapters map to responses.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** Stable machine code, for example {@code validation_failed} or {@code not_found}. */
    public abstract String code();
}
