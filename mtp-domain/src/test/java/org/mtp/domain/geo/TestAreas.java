package org.mtp.domain.geo;

import java.util.ArrayList;
import java.util.List;

/** Test data: positions, rings and areas with readable shapes. */
public final class TestAreas {

    private TestAreas() {}

    /** Positions from alternating longitude, latitude values. */
    public static List<GeoPoint> positions(double... lonLat) {
        if (lonLat.length % 2 != 0) {
            throw new IllegalArgumentException("longitude and latitude come in pairs");
        }
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            points.add(GeoPoint.of(lonLat[i], lonLat[i + 1]));
        }
        return points;
    }

    /** A closed counter-clockwise rectangle, 5 positions. */
    public static List<GeoPoint> rectanglePositions(double minLon, double minLat, double maxLon, double maxLat) {
        return positions(minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
    }

    public static LinearRing rectangleRing(double minLon, double minLat, double maxLon, double maxLat) {
        return LinearRing.of(rectanglePositions(minLon, minLat, maxLon, maxLat));
    }

    public static Polygon rectangle(double minLon, double minLat, double maxLon, double maxLat) {
        return Polygon.of(rectangleRing(minLon, minLat, maxLon, maxLat));
    }

    /** The square (0,0)..(10,10) with the square hole (3,3)..(7,7). */
    public static Polygon squareWithHole() {
        return Polygon.of(rectangleRing(0, 0, 10, 10), List.of(rectangleRing(3, 3, 7, 7)));
    }

    /** A closed ring of {@code positions} positions (the last repeating the first) around a centre. */
    public static List<GeoPoint> circlePositions(double lon, double lat, double radius, int positions) {
        List<GeoPoint> points = new ArrayList<>(positions);
        int distinct = positions - 1;
        for (int i = 0; i < distinct; i++) {
            double angle = 2 * Math.PI * i / distinct;
            points.add(GeoPoint.of(lon + radius * Math.cos(angle), lat + radius * Math.sin(angle)));
        }
        points.add(points.get(0));
        return points;
    }
}
