package org.mtp.application.port.out.mapillary;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.user.UserId;

/**
 * Outgoing port for the one-time {@code state} of a Mapillary connection, bound to the user who started it. Stores keep
 * a hash of the state, never the state itself.
 */
public interface ConnectionStateStore {

    void save(String stateHash, UserId user, Instant expiresAt);

    /** Marks the state used and returns its user, once; empty when unknown, used or expired at {@code now}. */
    Optional<UserId> consume(String stateHash, Instant now);
}
