package org.mtp.domain.geo;

import java.util.function.Predicate;

/**
 * The antimeridian rule: areas live in the flat (longitude, latitude) plane, so an edge whose ends lie more than 180
 * degrees of longitude apart would have to wrap around the globe, and is rejected rather than read the long way round.
 * Longitudes -180 and 180 name the same meridian, so a point there is tested on both sides.
 */
final class Antimeridian {

    private static final double HALF_TURN = 180.0;

    private Antimeridian() {}

    static boolean wouldWrap(GeoPoint a, GeoPoint b) {
        return Math.abs(b.lon() - a.lon()) > HALF_TURN;
    }

    static boolean testBothSides(GeoPoint point, Predicate<GeoPoint> test) {
        if (test.test(point)) {
            return true;
        }
        return Math.abs(point.lon()) == HALF_TURN && test.test(new GeoPoint(-point.lon(), point.lat()));
    }
}
