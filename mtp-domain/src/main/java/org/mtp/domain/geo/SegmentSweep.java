package org.mtp.domain.geo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a pair of segments that touch or cross, among the pairs a rule cares about. Segments are swept in order of
 * their west end, so only pairs whose longitude ranges overlap are compared: near-linear for drawn areas, and at worst
 * quadratic on the {@link org.mtp.domain.common.Limits#AREA_POSITIONS_MAX} positions an area may hold.
 */
final class SegmentSweep {

    /** Which pairs of segment indexes must not share a point. */
    @FunctionalInterface
    interface PairRule {
        boolean mustStayApart(int first, int second);
    }

    /** Two segment indexes, the lower first. */
    record Touch(int first, int second) {}

    private SegmentSweep() {}

    static Optional<Touch> firstTouch(List<Segment> segments, PairRule rule) {
        int count = segments.size();
        Integer[] boxedOrder = new Integer[count];
        Arrays.setAll(boxedOrder, i -> i);
        Arrays.sort(boxedOrder, Comparator.comparingDouble(i -> segments.get(i).minLon()));
        int[] order = new int[count];
        double[] minLon = new double[count];
        double[] maxLon = new double[count];
        double[] minLat = new double[count];
        double[] maxLat = new double[count];
        for (int k = 0; k < count; k++) {
            Segment segment = segments.get(boxedOrder[k]);
            order[k] = boxedOrder[k];
            minLon[k] = segment.minLon();
            maxLon[k] = segment.maxLon();
            minLat[k] = segment.minLat();
            maxLat[k] = segment.maxLat();
        }
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count && minLon[b] <= maxLon[a]; b++) {
                if (minLat[b] <= maxLat[a]
                        && minLat[a] <= maxLat[b]
                        && rule.mustStayApart(order[a], order[b])
                        && segments.get(order[a]).intersects(segments.get(order[b]))) {
                    return Optional.of(new Touch(Math.min(order[a], order[b]), Math.max(order[a], order[b])));
                }
            }
        }
        return Optional.empty();
    }
}
