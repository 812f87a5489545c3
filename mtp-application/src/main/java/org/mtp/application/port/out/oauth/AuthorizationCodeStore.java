package org.mtp.application.port.out.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.TokenHash;

/** Outgoing port for authorization codes, kept by the hash of the code. */
public interface AuthorizationCodeStore {

    /** Adds a new code. */
    void save(AuthorizationCodeRecord code);

    Optional<AuthorizationCodeRecord> findByHash(TokenHash hash);

    /**
     * Marks an unused code as used at {@code at}, recording the token it became. Returns true for exactly one caller
     * per code, even under concurrent calls; false when the code is unknown or already used.
     */
    boolean markUsed(TokenHash hash, Instant at, AccessTokenId issuedToken);
}
