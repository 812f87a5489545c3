package org.mtp.domain.geo;

import java.util.Collection;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** An axis-aligned lon/lat box; one that wraps the antimeridian (min above max) is rejected rather than guessed at. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        Require.inRange("minLon", minLon, -180.0, 180.0);
        Require.inRange("maxLon", maxLon, -180.0, 180.0);
        Require.inRange("minLat", minLat, -90.0, 90.0);
        Require.inRange("maxLat", maxLat, -90.0, 90.0);
        if (minLon > maxLon) {
            throw new ValidationException("bbox", "minLon must not be above maxLon");
        }
        if (minLat > maxLat) {
            throw new ValidationException("bbox", "minLat must not be above maxLat");
        }
    }

    /** The smallest box holding every point; at least one point is required. */
    public static BoundingBox around(Collection<GeoPoint> points) {
        Require.that(points != null && !points.isEmpty(), "points", "must not be empty");
        double minLon = Double.POSITIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (GeoPoint p : points) {
            minLon = Math.min(minLon, p.lon());
            minLat = Math.min(minLat, p.lat());
            maxLon = Math.max(maxLon, p.lon());
            maxLat = Math.max(maxLat, p.lat());
        }
        return new BoundingBox(minLon, minLat, maxLon, maxLat);
    }

    /** Boundary included. */
    public boolean contains(GeoPoint p) {
        return p.lon() >= minLon && p.lon() <= maxLon && p.lat() >= minLat && p.lat() <= maxLat;
    }

    public boolean intersects(BoundingBox other) {
        return minLon <= other.maxLon && other.minLon <= maxLon && minLat <= other.maxLat && other.minLat <= maxLat;
    }

    /** The smallest box holding both boxes. */
    public BoundingBox union(BoundingBox other) {
        return new BoundingBox(
                Math.min(minLon, other.minLon),
                Math.min(minLat, other.minLat),
                Math.max(maxLon, other.maxLon),
                Math.max(maxLat, other.maxLat));
    }
}
