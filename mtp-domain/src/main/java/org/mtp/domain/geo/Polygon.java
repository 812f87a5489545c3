package org.mtp.domain.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A shell ring with optional holes, each ring valid on its own ({@link LinearRing}). Together: every hole lies inside
 * its shell, no hole lies inside another, and no two rings of one polygon touch or cross, so the shell and holes are
 * disjoint loops (stricter than OGC, which lets rings touch at a point, and simpler to reason about). See {@link Area}
 * for the boundary and antimeridian rules.
 */
public final class Polygon implements Area {

    private final LinearRing shell;
    private final List<LinearRing> holes;

    private Polygon(LinearRing shell, List<LinearRing> holes) {
        this.shell = shell;
        this.holes = holes;
    }

    public static Polygon of(LinearRing shell, List<LinearRing> holes) {
        Require.notNull("area", shell);
        Require.notNull("area", holes);
        List<LinearRing> rings = new ArrayList<>();
        rings.add(shell);
        for (LinearRing hole : holes) {
            rings.add(Require.notNull("area", hole));
        }
        PositionLimit.require("the polygon", countPositions(rings));
        return assemble(rings, GeometryNames.STANDALONE);
    }

    public static Polygon of(LinearRing shell) {
        return of(shell, List.of());
    }

    /** Builds a polygon from GeoJSON-style rings: the shell first, then the holes. */
    public static Polygon ofCoordinates(List<List<GeoPoint>> rings) {
        Require.notNull("area", rings);
        PositionLimit.require("the polygon", countCoordinates(rings));
        return fromCoordinates(rings, GeometryNames.STANDALONE);
    }

    static Polygon fromCoordinates(List<List<GeoPoint>> rings, GeometryNames names) {
        if (rings == null || rings.isEmpty()) {
            throw new ValidationException("area", names.polygon() + " has no rings; it needs at least its shell");
        }
        List<LinearRing> built = new ArrayList<>(rings.size());
        for (int i = 0; i < rings.size(); i++) {
            built.add(LinearRing.of(rings.get(i), names.ring(i)));
        }
        return assemble(built, names);
    }

    static long countCoordinates(List<List<GeoPoint>> rings) {
        long count = 0;
        for (List<GeoPoint> ring : rings) {
            count += ring == null ? 0 : ring.size();
        }
        return count;
    }

    private static long countPositions(List<LinearRing> rings) {
        long count = 0;
        for (LinearRing ring : rings) {
            count += ring.positionCount();
        }
        return count;
    }

    /** Checks how the rings lie against each other; ring 0 is the shell. */
    private static Polygon assemble(List<LinearRing> rings, GeometryNames names) {
        requireRingsApart(rings, names);
        LinearRing shell = rings.get(0);
        for (int i = 1; i < rings.size(); i++) {
            if (shell.locate(firstPosition(rings.get(i))) != RingLocation.INSIDE) {
                throw new ValidationException("area", names.ring(i) + " is a hole outside its shell");
            }
        }
        for (int i = 1; i < rings.size(); i++) {
            for (int j = i + 1; j < rings.size(); j++) {
                if (rings.get(i).locate(firstPosition(rings.get(j))) == RingLocation.INSIDE
                        || rings.get(j).locate(firstPosition(rings.get(i))) == RingLocation.INSIDE) {
                    throw new ValidationException("area", names.rings(i, j) + " are holes that overlap");
                }
            }
        }
        return new Polygon(shell, List.copyOf(rings.subList(1, rings.size())));
    }

    private static void requireRingsApart(List<LinearRing> rings, GeometryNames names) {
        List<Segment> edges = new ArrayList<>();
        List<Integer> ringOfEdge = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            for (Segment edge : rings.get(r).edges()) {
                edges.add(edge);
                ringOfEdge.add(r);
            }
        }
        Optional<SegmentSweep.Touch> touch = SegmentSweep.firstTouch(
                edges, (first, second) -> !ringOfEdge.get(first).equals(ringOfEdge.get(second)));
        if (touch.isPresent()) {
            int first = ringOfEdge.get(touch.get().first());
            int second = ringOfEdge.get(touch.get().second());
            throw new ValidationException("area", names.rings(first, second) + " touch or cross");
        }
    }

    private static GeoPoint firstPosition(LinearRing ring) {
        return ring.positions().get(0);
    }

    public LinearRing shell() {
        return shell;
    }

    public List<LinearRing> holes() {
        return holes;
    }

    /** The shell first, then the holes, as GeoJSON orders them. */
    public List<LinearRing> rings() {
        List<LinearRing> rings = new ArrayList<>();
        rings.add(shell);
        rings.addAll(holes);
        return List.copyOf(rings);
    }

    @Override
    public boolean contains(GeoPoint point) {
        Require.notNull("point", point);
        return Antimeridian.testBothSides(point, this::containsHere);
    }

    /** The test itself, on this side of the antimeridian only. */
    boolean containsHere(GeoPoint point) {
        RingLocation inShell = shell.locate(point);
        if (inShell != RingLocation.INSIDE) {
            return inShell == RingLocation.BOUNDARY;
        }
        for (LinearRing hole : holes) {
            RingLocation inHole = hole.locate(point);
            if (inHole != RingLocation.OUTSIDE) {
                return inHole == RingLocation.BOUNDARY;
            }
        }
        return true;
    }

    @Override
    public BoundingBox bounds() {
        return shell.bounds();
    }

    @Override
    public int positionCount() {
        int count = shell.positionCount();
        for (LinearRing hole : holes) {
            count += hole.positionCount();
        }
        return count;
    }

    @Override
    public List<Polygon> polygons() {
        return List.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Polygon polygon && shell.equals(polygon.shell) && holes.equals(polygon.holes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shell, holes);
    }

    @Override
    public String toString() {
        return "Polygon[" + positionCount() + " positions in " + (holes.size() + 1) + " rings within " + bounds() + "]";
    }
}
