package org.mtp.domain.geo;

import java.math.BigDecimal;
import org.mtp.domain.common.Require;

/**
 * The orientation predicate every geometry rule rests on: whether three positions turn counter-clockwise, clockwise or
 * lie on one line, in the plane of (longitude, latitude). The answer is exact for the given doubles: a fast
 * floating-point evaluation decides whenever its error bound (Shewchuk's {@code ccwerrboundA}) allows, and exact
 * decimal arithmetic decides the near-collinear rest, so "on the boundary" never depends on rounding.
 */
public final class Orientation {

    public static final int COUNTER_CLOCKWISE = 1;
    public static final int COLLINEAR = 0;
    public static final int CLOCKWISE = -1;

    /** Half a unit in the last place of 1.0, the rounding unit of a double. */
    private static final double EPSILON = Math.ulp(1.0) / 2;

    private static final double ERROR_BOUND = (3.0 + 16.0 * EPSILON) * EPSILON;

    private Orientation() {}

    /** {@link #COUNTER_CLOCKWISE} when {@code c} lies left of the directed line {@code a -> b}, and so on. */
    public static int of(GeoPoint a, GeoPoint b, GeoPoint c) {
        Require.notNull("a", a);
        Require.notNull("b", b);
        Require.notNull("c", c);
        return of(a.lon(), a.lat(), b.lon(), b.lat(), c.lon(), c.lat());
    }

    /** The same on raw coordinates, for the hot loops of point location. */
    static int of(double aLon, double aLat, double bLon, double bLat, double cLon, double cLat) {
        double left = (aLon - cLon) * (bLat - cLat);
        double right = (aLat - cLat) * (bLon - cLon);
        double determinant = left - right;
        double bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
        if (determinant > bound) {
            return COUNTER_CLOCKWISE;
        }
        if (determinant < -bound) {
            return CLOCKWISE;
        }
        return exact(aLon, aLat, bLon, bLat, cLon, cLat);
    }

    /** The same determinant in exact decimal arithmetic; every double converts to a BigDecimal without loss. */
    static int exact(GeoPoint a, GeoPoint b, GeoPoint c) {
        return exact(a.lon(), a.lat(), b.lon(), b.lat(), c.lon(), c.lat());
    }

    private static int exact(double aLon, double aLat, double bLon, double bLat, double cLon, double cLat) {
        BigDecimal cx = new BigDecimal(cLon);
        BigDecimal cy = new BigDecimal(cLat);
        BigDecimal left = new BigDecimal(aLon).subtract(cx).multiply(new BigDecimal(bLat).subtract(cy));
        BigDecimal right = new BigDecimal(aLat).subtract(cy).multiply(new BigDecimal(bLon).subtract(cx));
        return left.compareTo(right);
    }
}
