package org.mtp.domain.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A closed line of positions bounding a polygon or one of its holes: the first position equals the last, there are at
 * least four positions, no two consecutive positions are equal, no edge joins longitudes more than 180 degrees apart
 * (it would wrap across the antimeridian: see {@link Area}), and, in the (longitude, latitude) plane, the ring is
 * simple: edges other than neighbours never touch or cross, and neighbours share only their joint (a ring that runs
 * back over itself is rejected). Either winding order is accepted, as RFC 7946 asks of readers.
 *
 * <p>Not a record: validation messages name the ring by its place in the area ("ring 0 of polygon 1"), which only the
 * factory building the area knows.
 */
public final class LinearRing {

    private static final int MIN_POSITIONS = 4;

    private final List<GeoPoint> positions;
    private final BoundingBox bounds;
    /** The positions again as plain arrays, for point location, which runs for every photo of every candidate. */
    private final double[] lons;

    private final double[] lats;

    private LinearRing(List<GeoPoint> positions) {
        this.positions = positions;
        this.bounds = BoundingBox.around(positions);
        this.lons = positions.stream().mapToDouble(GeoPoint::lon).toArray();
        this.lats = positions.stream().mapToDouble(GeoPoint::lat).toArray();
    }

    /** Validates {@code positions} as a ring; failures are {@link ValidationException}s on field {@code area}. */
    public static LinearRing of(List<GeoPoint> positions) {
        Require.notNull("area", positions);
        PositionLimit.require("the ring", positions.size());
        return of(positions, "the ring");
    }

    static LinearRing of(List<GeoPoint> positions, String name) {
        if (positions == null) {
            throw invalid(name + " is missing");
        }
        List<GeoPoint> copy = new ArrayList<>(positions);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw invalid(name + " has no position at index " + i);
            }
        }
        if (copy.size() < MIN_POSITIONS) {
            throw invalid(name + " has " + copy.size() + " positions; a ring needs at least " + MIN_POSITIONS);
        }
        if (!samePosition(copy.get(0), copy.get(copy.size() - 1))) {
            throw invalid(name + " is not closed: its first position " + describe(copy.get(0))
                    + " differs from its last " + describe(copy.get(copy.size() - 1)));
        }
        for (int i = 1; i < copy.size(); i++) {
            if (samePosition(copy.get(i - 1), copy.get(i))) {
                throw invalid(name + " repeats position " + describe(copy.get(i)) + " at index " + i);
            }
            if (Antimeridian.wouldWrap(copy.get(i - 1), copy.get(i))) {
                throw invalid(
                        name + " crosses the antimeridian between positions " + (i - 1) + " and " + i
                                + " (longitude jumps by more than 180 degrees); split the area at longitude 180 into two polygons");
            }
        }
        LinearRing ring = new LinearRing(List.copyOf(copy));
        ring.requireSimple(name);
        return ring;
    }

    public List<GeoPoint> positions() {
        return positions;
    }

    /** Every position, the closing one included, as GeoJSON counts them. */
    public int positionCount() {
        return positions.size();
    }

    public BoundingBox bounds() {
        return bounds;
    }

    /** The edges in order; edge {@code i} runs from position {@code i} to position {@code i + 1}. */
    public List<Segment> edges() {
        List<Segment> edges = new ArrayList<>();
        for (int i = 1; i < positions.size(); i++) {
            edges.add(new Segment(positions.get(i - 1), positions.get(i)));
        }
        return edges;
    }

    /**
     * Crossing-number test on a ray running east, with the half-open latitude rule so a ray through a vertex counts
     * once; a point on any edge is reported as {@link RingLocation#BOUNDARY}.
     */
    RingLocation locate(GeoPoint point) {
        if (!bounds.contains(point)) {
            return RingLocation.OUTSIDE;
        }
        double lon = point.lon();
        double lat = point.lat();
        boolean inside = false;
        for (int i = 1; i < lons.length; i++) {
            double aLon = lons[i - 1];
            double aLat = lats[i - 1];
            double bLon = lons[i];
            double bLat = lats[i];
            boolean aAbove = aLat > lat;
            boolean bAbove = bLat > lat;
            if (aAbove != bAbove) {
                int side = Orientation.of(aLon, aLat, bLon, bLat, lon, lat);
                if (side == Orientation.COLLINEAR) {
                    return RingLocation.BOUNDARY;
                }
                if ((side == Orientation.COUNTER_CLOCKWISE) == bAbove) {
                    inside = !inside;
                }
            } else if (between(lat, aLat, bLat)
                    && between(lon, aLon, bLon)
                    && Orientation.of(aLon, aLat, bLon, bLat, lon, lat) == Orientation.COLLINEAR) {
                return RingLocation.BOUNDARY;
            }
        }
        return inside ? RingLocation.INSIDE : RingLocation.OUTSIDE;
    }

    private static boolean between(double value, double end1, double end2) {
        return value >= Math.min(end1, end2) && value <= Math.max(end1, end2);
    }

    private void requireSimple(String name) {
        List<Segment> edges = edges();
        int last = edges.size() - 1;
        for (int i = 0; i <= last; i++) {
            int next = i == last ? 0 : i + 1;
            if (edges.get(i).foldsBackOnto(edges.get(next))) {
                throw invalid(name + " runs back over itself at position "
                        + describe(edges.get(i).end()));
            }
        }
        Optional<SegmentSweep.Touch> touch =
                SegmentSweep.firstTouch(edges, (first, second) -> !neighbours(first, second, last));
        if (touch.isPresent()) {
            throw invalid(name + " intersects itself: edges " + touch.get().first() + " and "
                    + touch.get().second() + " touch or cross");
        }
    }

    private static boolean neighbours(int first, int second, int last) {
        int low = Math.min(first, second);
        int high = Math.max(first, second);
        return high - low == 1 || low == 0 && high == last;
    }

    /** Numeric equality, so that 0.0 and -0.0 close a ring. */
    static boolean samePosition(GeoPoint a, GeoPoint b) {
        return a.lon() == b.lon() && a.lat() == b.lat();
    }

    static String describe(GeoPoint point) {
        return String.format(Locale.ROOT, "(%s, %s)", point.lon(), point.lat());
    }

    private static ValidationException invalid(String message) {
        return new ValidationException("area", message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinearRing ring && positions.equals(ring.positions);
    }

    @Override
    public int hashCode() {
        return positions.hashCode();
    }

    @Override
    public String toString() {
        return "LinearRing[" + positions.size() + " positions within " + bounds + "]";
    }
}
