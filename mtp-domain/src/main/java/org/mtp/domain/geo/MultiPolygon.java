package org.mtp.domain.geo;

import java.util.ArrayList;
import java.util.List;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * One or more polygons taken together: a point is inside when it is inside (or on the boundary of) any member. Members
 * may touch or overlap, as shapes drawn side by side on a map often do; the area is their union. See {@link Area} for
 * the boundary and antimeridian rules.
 */
public final class MultiPolygon implements Area {

    private final List<Polygon> polygons;
    private final BoundingBox bounds;

    private MultiPolygon(List<Polygon> polygons) {
        this.polygons = polygons;
        BoundingBox union = polygons.get(0).bounds();
        for (Polygon polygon : polygons) {
            union = union.union(polygon.bounds());
        }
        this.bounds = union;
    }

    public static MultiPolygon of(List<Polygon> polygons) {
        requireSome(polygons);
        long count = 0;
        for (Polygon polygon : polygons) {
            count += Require.notNull("area", polygon).positionCount();
        }
        PositionLimit.require("the multipolygon", count);
        return new MultiPolygon(List.copyOf(polygons));
    }

    /** Builds a multipolygon from GeoJSON-style coordinates: polygons, each its shell ring then its holes. */
    public static MultiPolygon ofCoordinates(List<List<List<GeoPoint>>> polygons) {
        requireSome(polygons);
        long count = 0;
        for (List<List<GeoPoint>> rings : polygons) {
            count += rings == null ? 0 : Polygon.countCoordinates(rings);
        }
        PositionLimit.require("the multipolygon", count);
        List<Polygon> built = new ArrayList<>(polygons.size());
        for (int i = 0; i < polygons.size(); i++) {
            built.add(Polygon.fromCoordinates(polygons.get(i), GeometryNames.ofPolygon(i)));
        }
        return new MultiPolygon(List.copyOf(built));
    }

    private static void requireSome(List<?> polygons) {
        Require.notNull("area", polygons);
        if (polygons.isEmpty()) {
            throw new ValidationException("area", "the multipolygon has no polygons; it needs at least one");
        }
    }

    @Override
    public boolean contains(GeoPoint point) {
        Require.notNull("point", point);
        return Antimeridian.testBothSides(point, this::containsHere);
    }

    private boolean containsHere(GeoPoint point) {
        if (!bounds.contains(point)) {
            return false;
        }
        for (Polygon polygon : polygons) {
            if (polygon.containsHere(point)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BoundingBox bounds() {
        return bounds;
    }

    @Override
    public int positionCount() {
        int count = 0;
        for (Polygon polygon : polygons) {
            count += polygon.positionCount();
        }
        return count;
    }

    @Override
    public List<Polygon> polygons() {
        return polygons;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultiPolygon multi && polygons.equals(multi.polygons);
    }

    @Override
    public int hashCode() {
        return polygons.hashCode();
    }

    @Override
    public String toString() {
        return "MultiPolygon[" + polygons.size() + " polygons, " + positionCount() + " positions within " + bounds
                + "]";
    }
}
