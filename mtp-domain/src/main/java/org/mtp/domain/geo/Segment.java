package org.mtp.domain.geo;

import org.mtp.domain.common.Require;

/** A straight edge between two positions in the (longitude, latitude) plane, both ends included. */
public record Segment(GeoPoint start, GeoPoint end) {

    public Segment {
        Require.notNull("start", start);
        Require.notNull("end", end);
    }

    public static Segment of(GeoPoint start, GeoPoint end) {
        return new Segment(start, end);
    }

    /** True when {@code point} lies on this segment, ends included. */
    public boolean contains(GeoPoint point) {
        return spans(point) && Orientation.of(start, end, point) == Orientation.COLLINEAR;
    }

    /**
     * True when the two segments share at least one point: a proper crossing, an end touching the other segment, or a
     * collinear overlap.
     */
    public boolean intersects(Segment other) {
        int otherStartSide = Orientation.of(start, end, other.start);
        int otherEndSide = Orientation.of(start, end, other.end);
        int startSide = Orientation.of(other.start, other.end, start);
        int endSide = Orientation.of(other.start, other.end, end);
        if (otherStartSide != otherEndSide && startSide != endSide) {
            return true;
        }
        return otherStartSide == Orientation.COLLINEAR && spans(other.start)
                || otherEndSide == Orientation.COLLINEAR && spans(other.end)
                || startSide == Orientation.COLLINEAR && other.spans(start)
                || endSide == Orientation.COLLINEAR && other.spans(end);
    }

    /**
     * For a segment {@code next} that starts where this one ends: true when the two run back over each other (they are
     * collinear and share more than their joint), which makes a ring fold onto itself.
     */
    public boolean foldsBackOnto(Segment next) {
        return Orientation.of(start, end, next.end) == Orientation.COLLINEAR && (spans(next.end) || next.spans(start));
    }

    public double minLon() {
        return Math.min(start.lon(), end.lon());
    }

    public double maxLon() {
        return Math.max(start.lon(), end.lon());
    }

    public double minLat() {
        return Math.min(start.lat(), end.lat());
    }

    public double maxLat() {
        return Math.max(start.lat(), end.lat());
    }

    /** True when {@code point} lies in this segment's bounding box (which, for a collinear point, means on it). */
    private boolean spans(GeoPoint point) {
        return point.lon() >= minLon() && point.lon() <= maxLon() && point.lat() >= minLat() && point.lat() <= maxLat();
    }
}
