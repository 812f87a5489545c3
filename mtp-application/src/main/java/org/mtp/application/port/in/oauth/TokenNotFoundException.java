package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.DomainException;

/** The caller has no access token with this id; another user's tokens are reported the same way. */
public final class TokenNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TokenNotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "not_found";
    }
}
