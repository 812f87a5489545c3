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
    Integer[] order = new Integer[segments.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> segments.get(i).minLon()));
    for (int a = 0; a < order.length; a++) {
      Segment west = segments.get(order[a]);
      for (int b = a + 1; b < order.length; b++) {
        Segment east = segments.get(order[b]);
        if (east.minLon() > west.maxLon()) {
          break;
        }
        boolean latitudesOverlap = east.minLat() <= west.maxLat() && west.minLat() <= east.maxLat();
        if (latitudesOverlap && rule.mustStayApart(order[a], order[b]) && west.intersects(east)) {
          return Optional.of(new Touch(Math.min(order[a], order[b]), Math.max(order[a], order[b])));
        }
      }
    }
    return Optional.empty();
  }
}
