package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Input of {@link RevokeOwnTokenUseCase}. */
public record RevokeOwnTokenCommand(UserId userId, AccessTokenId tokenId) {

    public RevokeOwnTokenCommand {
        Require.notNull("user", userId);
        Require.notNull("id", tokenId);
    }
}
