package org.mtp.domain.common;

/** A value broke a rule; carries the name of the offending field so that adapters can point at it. */
public final class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationException(String field, String message) {
        super("'" + field + "' " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
