package org.mtp.application.port.in.map;

import java.util.List;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapMarker;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.BoundingBox;

/**
 * Use case: the published sequences of a map view grouped for its zoom, one marker per grid cell that holds any, so a
 * view of the whole world answers as fast and as small as a street's.
 */
public interface ReadSequenceMapUseCase {

    SequenceMap read(Query query);

    /** The map's view and zoom (0 to {@value MapGrid#FINEST}). */
    record Query(BoundingBox view, int zoom) {
        public Query {
            Require.notNull("bbox", view);
            Require.inRange("zoom", zoom, 0, MapGrid.FINEST);
        }
    }

    /** The grid cells asked for and the markers of those that hold sequences (never more than the cells). */
    record SequenceMap(MapGrid.Window window, List<MapMarker> markers) {
        public SequenceMap {
            Require.notNull("window", window);
            markers = List.copyOf(markers);
        }
    }
}
