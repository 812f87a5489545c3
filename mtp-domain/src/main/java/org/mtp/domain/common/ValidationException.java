package org.mtp.domain.common;

/** A value broke a rule; carries the name of the offending field so that adapters can point at it. */
public final class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String reason;

    public ValidationException(String field, String message) {
        super("'" + field + "' " + message);
        this.field = field;
        this.reason = message;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the field's name (for a page that shows it next to the field). */
    public String reason() {
        return reason;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
