package org.mtp.application.port.in.oauth;

/** Use case: a client exchanges a one-time authorization code for an access token (RFC 6749 4.1.3, RFC 7636 4.6). */
public interface ExchangeCodeUseCase {

    /** Fails with {@link InvalidClientException} or {@link InvalidGrantException}. */
    IssuedAccessToken exchange(ExchangeCodeCommand command);
}
