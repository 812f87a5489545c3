package org.mtp.domain.geo;

import java.util.List;

/**
 * Great-circle distances on a sphere of the IUGG mean Earth radius, the value Turf.js uses, so that a map client and
 * the server agree on every figure.
 */
public final class Haversine {

    /** IUGG mean radius of the WGS84 ellipsoid, (2a + b) / 3, in km. */
    public static final double EARTH_MEAN_RADIUS_KM = 6371.0088;

    private Haversine() {}

    public static double km(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** Length of a track: every consecutive pair counts (the original skipped the last); fewer than two points is 0. */
    public static double trackKm(List<GeoPoint> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += km(points.get(i - 1), points.get(i));
        }
        return total;
    }
}
