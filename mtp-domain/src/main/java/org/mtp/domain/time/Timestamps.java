package org.mtp.domain.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The model keeps every instant in UTC at millisecond precision, the finest any store and client here agree on. */
public final class Timestamps {

    private Timestamps() {}

    /** Drops sub-millisecond precision; null stays null. */
    public static Instant normalize(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
