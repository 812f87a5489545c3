package org.mtp.application.port.in.oauth;

/** Use case: a user revokes one of their own tokens by id; revoking it again changes nothing and is no error. */
public interface RevokeOwnTokenUseCase {

    /** Fails with {@link TokenNotFoundException} when the user has no token with this id. */
    void revoke(RevokeOwnTokenCommand command);
}
