package org.mtp.application.port.in.oauth;

/**
 * Use case: a client revokes a token it holds (RFC 7009). An unknown or already revoked token is not an error, so the
 * answer reveals nothing; a token issued to another client is refused.
 */
public interface RevokeTokenUseCase {

    /** Fails with {@link InvalidClientException}. */
    void revoke(RevokeTokenCommand command);
}
