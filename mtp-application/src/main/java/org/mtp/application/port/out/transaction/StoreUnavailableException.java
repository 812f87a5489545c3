package org.mtp.application.port.out.transaction;

/**
 * The store could not be reached or did not answer in time (connection refused, lost or timed out, no pooled connection
 * free): a fault of the infrastructure, not of the request, so the caller may try again later. The work did not commit,
 * except when the connection broke during the commit itself, whose outcome is then unknown.
 */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
