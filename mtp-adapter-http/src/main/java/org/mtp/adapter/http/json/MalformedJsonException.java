package org.mtp.adapter.http.json;

/** A request body or parameter claimed to be JSON and was not, or not of the expected shape. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}
