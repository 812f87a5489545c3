package org.mtp.domain.geo;

import java.util.List;

/**
 * The region a challenge covers: a {@link Polygon} or a {@link MultiPolygon} in (longitude, latitude), as in GeoJSON.
 *
 * <ul>
 *   <li><b>Plane.</b> Edges are straight lines in the (longitude, latitude) plane, as a web map draws them, not great
 *       circles.
 *   <li><b>Boundary rule.</b> A point on the boundary, a shell edge or vertex or a hole edge or vertex, is inside. A
 *       point strictly inside a hole is outside.
 *   <li><b>Antimeridian rule.</b> An edge whose ends lie more than 180 degrees of longitude apart would have to wrap
 *       around the globe; such a ring is rejected (field {@code area}) instead of being read the long way round. An
 *       area across the antimeridian is sent as two polygons of a MultiPolygon, split at longitude 180 / -180; a point
 *       at longitude 180 or -180 is tested at both, since they are the same meridian.
 *   <li><b>Size.</b> At most {@link org.mtp.domain.common.Limits#AREA_POSITIONS_MAX} positions in all rings together,
 *       closing positions included.
 * </ul>
 */
public sealed interface Area permits Polygon, MultiPolygon {

    /** True when {@code point} is inside the area or on its boundary; see the boundary rule above. */
    boolean contains(GeoPoint point);

    /** The smallest box around every polygon's shell. */
    BoundingBox bounds();

    /** Positions of every ring, the closing ones included. */
    int positionCount();

    /** The polygons of the area: one for a polygon, each member for a multipolygon. */
    List<Polygon> polygons();
}
