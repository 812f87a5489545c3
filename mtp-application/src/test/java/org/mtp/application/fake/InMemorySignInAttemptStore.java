package org.mtp.application.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.mtp.application.port.out.signin.AttemptCounterKey;
import org.mtp.application.port.out.signin.AttemptWindow;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.domain.time.Timestamps;

/** In-memory fake of {@link SignInAttemptStore}, keyed by digest as the database is; counts how often it was asked. */
public final class InMemorySignInAttemptStore implements SignInAttemptStore {

    private final Map<String, AttemptWindow> windows = new HashMap<>();
    private int counted;

    @Override
    public synchronized AttemptWindow count(AttemptCounterKey key, Instant now, Duration window) {
        Instant at = Timestamps.normalize(now);
        counted++;
        return windows.compute(
                key.digest(),
                (digest, current) -> current == null || !current.startedAt().isAfter(at.minus(window))
                        ? new AttemptWindow(1, at)
                        : new AttemptWindow(current.attempts() + 1, current.startedAt()));
    }

    @Override
    public synchronized void takeBack(AttemptCounterKey key, Instant startedAt) {
        windows.computeIfPresent(
                key.digest(),
                (digest, current) ->
                        current.startedAt().equals(Timestamps.normalize(startedAt)) && current.attempts() > 0
                                ? new AttemptWindow(current.attempts() - 1, current.startedAt())
                                : current);
    }

    @Override
    public synchronized void clear(AttemptCounterKey key) {
        windows.remove(key.digest());
    }

    @Override
    public synchronized int pruneStartedBy(Instant startedBy) {
        int before = windows.size();
        windows.values().removeIf(window -> !window.startedAt().isAfter(startedBy));
        return before - windows.size();
    }

    /** The key's count in its current window, 0 when it has none. */
    public synchronized int attempts(AttemptCounterKey key) {
        AttemptWindow window = windows.get(key.digest());
        return window == null ? 0 : window.attempts();
    }

    /** How many attempts were counted in all, refused ones included. */
    public synchronized int counted() {
        return counted;
    }

    public synchronized int size() {
        return windows.size();
    }
}
