package org.mtp.domain.geo;

import java.math.BigDecimal;
import org.mtp.domain.common.Require;

/**
 * The orientation predicate every geometry rule rests on: whether three positions turn counter-clockwise, clockwise or
 * lie on one line, in the plane of (longitude, latitude). The answer is exact for the given doubles: a fast
 * floating-point evaluation decides whenever its error bound (Shewchuk's {@code ccwerrboundA}) allows, and exact
 * decimal arithmetic decides the near-collinear rest, so "on the boundary" never depends on rounding.
 */
public final class Orientation {

  public static final int COUNTER_CLOCKWISE = 1;
  public static final int COLLINEAR = 0;
  public static final int CLOCKWISE = -1;

  /** Half a unit in the last place of 1.0, the rounding unit of a double. */
  private static final double EPSILON = Math.ulp(1.0) / 2;
  private static final double ERROR_BOUND = (3.0 + 16.0 * EPSILON) * EPSILON;

  private Orientation() {}

  /** {@link #COUNTER_CLOCKWISE} when {@code c} lies left of the directed line {@code a -> b}, and so on. */
  public static int of(GeoPoint a, GeoPoint b, GeoPoint c) {
    Require.notNull("a", a);
    Require.notNull("b", b);
    Require.notNull("c", c);
    double left = (a.lon() - c.lon()) * (b.lat() - c.lat());
    double right = (a.lat() - c.lat()) * (b.lon() - c.lon());
    double determinant = left - right;
    double bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
    if (determinant > bound) {
      return COUNTER_CLOCKWISE;
    }
    if (determinant < -bound) {
      return CLOCKWISE;
    }
    return exact(a, b, c);
  }

  /** The same determinant in exact decimal arithmetic; every double converts to a BigDecimal without loss. */
  static int exact(GeoPoint a, GeoPoint b, GeoPoint c) {
    BigDecimal cLon = new BigDecimal(c.lon());
    BigDecimal cLat = new BigDecimal(c.lat());
    BigDecimal left = new BigDecimal(a.lon()).subtract(cLon).multiply(new BigDecimal(b.lat()).subtract(cLat));
    BigDecimal right = new BigDecimal(a.lat()).subtract(cLat).multiply(new BigDecimal(b.lon()).subtract(cLon));
    return left.compareTo(right);
  }
}
