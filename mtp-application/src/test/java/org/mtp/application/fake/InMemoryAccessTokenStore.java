package org.mtp.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.domain.user.UserId;

/** In-memory fake of {@link AccessTokenStore}. */
public final class InMemoryAccessTokenStore implements AccessTokenStore {

    private static final Comparator<AccessTokenRecord> NEWEST_FIRST = Comparator.comparing(AccessTokenRecord::createdAt)
            .thenComparing(AccessTokenRecord::id)
            .reversed();

    private final Map<AccessTokenId, AccessTokenRecord> tokens = new LinkedHashMap<>();

    @Override
    public synchronized void save(AccessTokenRecord token) {
        boolean hashTaken =
                tokens.values().stream().anyMatch(other -> other.hash().equals(token.hash()));
        if (tokens.containsKey(token.id()) || hashTaken) {
            throw new IllegalStateException("a token with this id or hash exists");
        }
        tokens.put(token.id(), token);
    }

    @Override
    public synchronized Optional<AccessTokenRecord> findByHash(TokenHash hash) {
        return tokens.values().stream()
                .filter(token -> token.hash().equals(hash))
                .findFirst();
    }

    @Override
    public synchronized Optional<AccessTokenRecord> findById(AccessTokenId id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public synchronized boolean revoke(AccessTokenId id, Instant at) {
        AccessTokenRecord token = tokens.get(id);
        if (token == null || token.isRevoked()) {
            return false;
        }
        tokens.put(id, token.revoked(at));
        return true;
    }

    @Override
    public synchronized int revokeAllOfUser(
            UserId userId, Optional<ClientId> client, Optional<AccessTokenId> except, Instant at) {
        List<AccessTokenRecord> revoked = tokens.values().stream()
                .filter(token -> token.userId().equals(userId) && !token.isRevoked())
                .filter(token -> client.map(token.clientId()::equals).orElse(true))
                .filter(token -> !except.map(token.id()::equals).orElse(false))
                .toList();
        revoked.forEach(token -> tokens.put(token.id(), token.revoked(at)));
        return revoked.size();
    }

    @Override
    public synchronized List<AccessTokenRecord> listActiveByUser(
            UserId userId, Optional<TokenPosition> after, int limit) {
        return tokens.values().stream()
                .filter(token -> token.userId().equals(userId) && !token.isRevoked())
                .filter(token -> after.map(position -> position.precedes(token.createdAt(), token.id()))
                        .orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    public synchronized List<AccessTokenRecord> all() {
        return List.copyOf(tokens.values());
    }
}
