package org.mtp.application.model.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * A registered OAuth client. A confidential client has the hash of its secret, a public one has none; an
 * operator-created client has no owner.
 */
public record OAuthClient(
        ClientId id,
        ClientName name,
        ClientType type,
        RedirectUris redirectUris,
        Optional<TokenHash> secretHash,
        Optional<UserId> owner,
        Instant createdAt) {

    public OAuthClient {
        Require.notNull("id", id);
        Require.notNull("name", name);
        Require.notNull("type", type);
        Require.notNull("redirect_uris", redirectUris);
        Require.notNull("secretHash", secretHash);
        Require.notNull("owner", owner);
        Require.that(
                secretHash.isPresent() == (type == ClientType.CONFIDENTIAL),
                "secretHash",
                "must be present exactly for a confidential client");
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
    }

    public boolean isPublic() {
        return type == ClientType.PUBLIC;
    }
}
