package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.DomainException;

/**
 * The redirect URI of an authorization request is not registered (or missing where required): it must never be
 * redirected to.
 */
public final class InvalidRedirectUriException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidRedirectUriException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "invalid_redirect_uri";
    }
}
