package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Input of {@link ListOwnTokensUseCase}: whose tokens, how many (1..100), and after which position. */
public record ListOwnTokensQuery(UserId userId, int limit, Optional<TokenPosition> after) {

    public static final int MAX_LIMIT = 100;

    public ListOwnTokensQuery {
        Require.notNull("user", userId);
        Require.inRange("limit", limit, 1, MAX_LIMIT);
        Require.notNull("cursor", after);
    }
}
