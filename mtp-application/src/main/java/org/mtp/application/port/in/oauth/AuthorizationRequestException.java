package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.domain.common.DomainException;

/**
 * An authorization request from a known client to a registered redirect URI is wrong in another way; the error goes
 * back to the client through the redirect URI (RFC 6749 4.1.2.1). {@link #code()} is the RFC error code.
 */
public final class AuthorizationRequestException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String error;
    private final RedirectUri redirectUri;
    private final ResponseType responseType;

    private AuthorizationRequestException(
            String error, String description, RedirectUri redirectUri, ResponseType responseType) {
        super(description);
        this.error = error;
        this.redirectUri = redirectUri;
        this.responseType = responseType;
    }

    public static AuthorizationRequestException invalidRequest(String description, RedirectUri to, ResponseType type) {
        return new AuthorizationRequestException("invalid_request", description, to, type);
    }

    public static AuthorizationRequestException unsupportedResponseType(String description, RedirectUri to) {
        return new AuthorizationRequestException("unsupported_response_type", description, to, null);
    }

    public static AuthorizationRequestException invalidScope(String description, RedirectUri to, ResponseType type) {
        return new AuthorizationRequestException("invalid_scope", description, to, type);
    }

    /** Where the error is reported: a URI the client registered. */
    public RedirectUri redirectUri() {
        return redirectUri;
    }

    /** The grant asked for, which decides between query and fragment; null when the response type itself was wrong. */
    public ResponseType responseType() {
        return responseType;
    }

    @Override
    public String code() {
        return error;
    }
}
