package org.mtp.application.port.out.mapillary;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.domain.user.UserId;

/**
 * Outgoing port for the one-time {@code state} of a Mapillary connection, bound to the user who started it. Stores keep
 * a hash of the state, never the state itself.
 */
public interface ConnectionStateStore {

    void save(String stateHash, UserId user, Instant expiresAt);

    /** Saves a state started from the web app, which sends the browser back to {@code returnTo} after the callback. */
    void save(String stateHash, UserId user, Instant expiresAt, ReturnPath returnTo);

    /** Where an unused, unexpired state sends the browser back; empty for none (an API client's) or no such state. */
    Optional<ReturnPath> returnPath(String stateHash, Instant now);

    /** Marks the state used and returns its user, once; empty when unknown, used or expired at {@code now}. */
    Optional<UserId> consume(String stateHash, Instant now);
}
