package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.AccessToken;

/** Use case: turn a bearer token into the user, client and scopes it stands for; runs on every authenticated call. */
public interface ResolveAccessTokenUseCase {

    /** Fails with {@link InvalidTokenException}; a revoked token fails from the moment it is revoked. */
    AuthenticatedAccess resolve(AccessToken token);
}
