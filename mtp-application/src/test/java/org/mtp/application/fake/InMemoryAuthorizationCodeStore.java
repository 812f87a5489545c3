package org.mtp.application.fake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;

/** In-memory fake of {@link AuthorizationCodeStore}; marking a code used is atomic, as the contract requires. */
public final class InMemoryAuthorizationCodeStore implements AuthorizationCodeStore {

    private final Map<TokenHash, AuthorizationCodeRecord> codes = new LinkedHashMap<>();

    @Override
    public synchronized void save(AuthorizationCodeRecord code) {
        if (codes.containsKey(code.hash())) {
            throw new IllegalStateException("a code with this hash exists");
        }
        codes.put(code.hash(), code);
    }

    @Override
    public synchronized Optional<AuthorizationCodeRecord> findByHash(TokenHash hash) {
        return Optional.ofNullable(codes.get(hash));
    }

    @Override
    public synchronized boolean markUsed(TokenHash hash, Instant at, AccessTokenId issuedToken) {
        AuthorizationCodeRecord code = codes.get(hash);
        if (code == null || code.isUsed()) {
            return false;
        }
        codes.put(hash, code.markedUsed(at, issuedToken));
        return true;
    }

    public synchronized int count() {
        return codes.size();
    }
}
