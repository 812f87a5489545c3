package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.DomainException;

/** The authorization code is unknown, expired, already used, or bound to another client, redirect URI or verifier. */
public final class InvalidGrantException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidGrantException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "invalid_grant";
    }
}
