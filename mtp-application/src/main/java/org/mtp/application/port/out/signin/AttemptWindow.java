package org.mtp.application.port.out.signin;

import java.time.Instant;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;

/** A key's current count of attempts and when its window began (at its first attempt after the last window ended). */
public record AttemptWindow(int attempts, Instant startedAt) {

    public AttemptWindow {
        Require.that(attempts >= 0, "attempts", "must not be negative");
        startedAt = Timestamps.normalize(Require.notNull("startedAt", startedAt));
    }
}
