package org.mtp.adapter.mapillary.http;

import java.time.Duration;

/** Waits between attempts; injectable so tests record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
