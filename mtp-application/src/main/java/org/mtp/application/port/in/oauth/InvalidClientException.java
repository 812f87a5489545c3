package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.DomainException;

/** The client is unknown, or its authentication failed (RFC 6749 5.2). */
public final class InvalidClientException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidClientException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "invalid_client";
    }
}
