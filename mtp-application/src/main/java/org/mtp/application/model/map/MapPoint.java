package org.mtp.application.model.map;

import org.mtp.domain.common.Require;
import org.mtp.domain.geo.BoundingBox;

/**
 * Where a published sequence stands on the sequence map, in whole ten-millionths of a degree: the centre of its bounds,
 * so a long track counts once, in the cell of its middle.
 */
public record MapPoint(long lonE7, long latE7) {

    public MapPoint {
        Require.that(Math.abs(lonE7) <= MapGrid.e7(180), "lon", "must be within 180 degrees");
        Require.that(Math.abs(latE7) <= MapGrid.e7(90), "lat", "must be within 90 degrees");
    }

    public static MapPoint centreOf(BoundingBox bounds) {
        Require.notNull("bounds", bounds);
        return new MapPoint(
                MapGrid.e7((bounds.minLon() + bounds.maxLon()) / 2),
                MapGrid.e7((bounds.minLat() + bounds.maxLat()) / 2));
    }

    /** The finest-level column. */
    public long column() {
        return MapGrid.column(lonE7);
    }

    /** The finest-level row. */
    public long row() {
        return MapGrid.row(latE7);
    }
}
