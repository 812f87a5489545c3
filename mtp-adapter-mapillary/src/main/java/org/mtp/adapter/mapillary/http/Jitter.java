package org.mtp.adapter.mapillary.http;

import java.util.concurrent.ThreadLocalRandom;

/** Source of randomness for backoff jitter: a fraction in {@code [0, 1]}; injectable so tests are deterministic. */
@FunctionalInterface
public interface Jitter {

    double nextFraction();

    static Jitter random() {
        return () -> ThreadLocalRandom.current().nextDouble();
    }

    /** Always the full backoff (fraction 1). */
    static Jitter none() {
        return () -> 1.0;
    }
}
