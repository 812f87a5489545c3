package org.mtp.domain.geo;

import org.mtp.domain.common.Require;

/**
 * A length kept in whole metres. Rankings compare these, so ties never depend on the order in which a floating-point
 * sum was taken.
 */
public record Distance(long metres) implements Comparable<Distance> {

    public static final Distance ZERO = new Distance(0);

    public Distance {
        Require.that(metres >= 0, "metres", "must not be negative");
    }

    public static Distance ofKm(double km) {
        Require.that(!Double.isNaN(km) && km >= 0 && !Double.isInfinite(km), "km", "must be a finite length");
        return new Distance(Math.round(km * 1000.0));
    }

    public static Distance ofMetres(long metres) {
        return new Distance(metres);
    }

    public Distance plus(Distance other) {
        return new Distance(Math.addExact(metres, other.metres));
    }

    /** Kilometres with three decimals, as shown to people. */
    public double km() {
        return metres / 1000.0;
    }

    @Override
    public int compareTo(Distance other) {
        return Long.compare(metres, other.metres);
    }
}
