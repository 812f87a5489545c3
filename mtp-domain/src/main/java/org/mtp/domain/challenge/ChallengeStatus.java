package org.mtp.domain.challenge;

import java.time.Instant;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.TimeRange;

/**
 * Where a challenge stands at an instant, by its half-open window {@code [start, end)}: upcoming before the start,
 * active from the start up to the end, completed at and after the end.
 */
public enum ChallengeStatus {
    UPCOMING,
    ACTIVE,
    COMPLETED;

    public static ChallengeStatus of(TimeRange window, Instant now) {
        Require.notNull("window", window);
        Require.notNull("now", now);
        if (now.isBefore(window.from())) {
            return UPCOMING;
        }
        return now.isBefore(window.to()) ? ACTIVE : COMPLETED;
    }
}
