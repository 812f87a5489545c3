package org.mtp.application.port.in.oauth;

/** Use case: check an authorization request before the sign-in and consent page is shown. */
public interface CheckAuthorizationRequestUseCase {

    /**
     * Fails with {@link InvalidClientException} or {@link InvalidRedirectUriException} (show an error page, never
     * redirect) or {@link AuthorizationRequestException} (redirect the error to the client).
     */
    AuthorizationRequest check(AuthorizationRequestCommand command);
}
