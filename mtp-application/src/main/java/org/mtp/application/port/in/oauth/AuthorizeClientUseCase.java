package org.mtp.application.port.in.oauth;

/**
 * Use case: a signed-in user approves an authorization request; the implicit grant yields an access token at once, the
 * code grant a one-time code bound to the client, redirect URI, scopes and PKCE challenge.
 */
public interface AuthorizeClientUseCase {

    /** Fails as {@link CheckAuthorizationRequestUseCase#check} does. */
    AuthorizationGrant authorize(AuthorizeClientCommand command);
}
