package org.mtp.application.port.out.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * Outgoing port for counting sign-in attempts per {@link AttemptCounterKey}, kept where every node of a deployment sees
 * the same counts. A key's window begins at its first attempt and lasts {@code window}; an attempt after it has ended
 * begins a new one. Call inside a unit of work.
 */
public interface SignInAttemptStore {

    /**
     * Counts one attempt at {@code now}, atomically: a new window (count 1, begun at {@code now}) when the key has none
     * or its window began {@code window} or more before {@code now}, else the count plus one. Concurrent calls for one
     * key are each counted. Returns the window after this attempt.
     */
    AttemptWindow count(AttemptCounterKey key, Instant now, Duration window);

    /** Takes one attempt back from the window that began at {@code startedAt}, if it is still the key's and above 0. */
    void takeBack(AttemptCounterKey key, Instant startedAt);

    /** Forgets the key's window. */
    void clear(AttemptCounterKey key);

    /** Forgets every window that began at or before {@code startedBy}; returns how many. */
    int pruneStartedBy(Instant startedBy);
}
