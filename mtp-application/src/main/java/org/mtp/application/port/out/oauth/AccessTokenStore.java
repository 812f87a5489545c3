package org.mtp.application.port.out.oauth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.domain.user.UserId;

/** Outgoing port for access tokens, found by the hash of the token or by id; revoked tokens stay, marked. */
public interface AccessTokenStore {

    /** Adds a new token. */
    void save(AccessTokenRecord token);

    Optional<AccessTokenRecord> findByHash(TokenHash hash);

    Optional<AccessTokenRecord> findById(AccessTokenId id);

    /** Marks the token revoked at {@code at}; true when it was active, false when unknown or already revoked. */
    boolean revoke(AccessTokenId id, Instant at);

    /**
     * Marks revoked at {@code at} every active token of {@code userId}: only those of {@code client} when given, and
     * never {@code except} when given. Returns how many were revoked.
     */
    int revokeAllOfUser(UserId userId, Optional<ClientId> client, Optional<AccessTokenId> except, Instant at);

    /**
     * The user's tokens that are not revoked, newest first ({@code createdAt} descending, then id descending in
     * {@link AccessTokenId#compareTo} order, which is the database's unsigned UUID order), starting after {@code after}
     * when given, at most {@code limit}.
     */
    List<AccessTokenRecord> listActiveByUser(UserId userId, Optional<TokenPosition> after, int limit);
}
