package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.DomainException;

/** The bearer token is unknown or revoked, or its client or user no longer exists (RFC 6750 3.1). */
public final class InvalidTokenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "invalid_token";
    }
}
