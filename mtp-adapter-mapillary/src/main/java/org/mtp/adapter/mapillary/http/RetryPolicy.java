package org.mtp.adapter.mapillary.http;

import java.time.Duration;
import org.mtp.adapter.mapillary.MapillaryConfig;

/**
 * Bounds of the retry loop: attempts, exponential backoff with "equal jitter" (half the backoff fixed, half random, so
 * retries of many clients spread out but never fire at once) and the longest {@code Retry-After} worth waiting.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfterWait) {

    public static RetryPolicy from(MapillaryConfig config) {
        return new RetryPolicy(
                config.maxAttempts(), config.initialBackoff(), config.maxBackoff(), config.maxRetryAfterWait());
    }

    /** The wait before attempt {@code failedAttempt + 1}: {@code initial * 2^(failedAttempt-1)}, capped, jittered. */
    public Duration backoff(int failedAttempt, Jitter jitter) {
        long max = maxBackoff.toMillis();
        long base = Math.min(initialBackoff.toMillis(), max);
        for (int i = 1; i < failedAttempt && base < max; i++) {
            base = Math.min(max, base * 2);
        }
        double fraction = Math.min(1.0, Math.max(0.0, jitter.nextFraction()));
        return Duration.ofMillis(base / 2 + Math.round(fraction * (base - base / 2)));
    }
}
