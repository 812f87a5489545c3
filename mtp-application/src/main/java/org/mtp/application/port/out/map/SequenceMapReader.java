package org.mtp.application.port.out.map;

import java.util.List;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapMarker;

/**
 * Outgoing port reading the sequence map: for each cell of {@code window} that holds published sequences (by their
 * {@link org.mtp.application.model.map.MapPoint}), one marker, in column then row order. Drafts are never on it, and a
 * sequence is on it from the unit of work that publishes it until the one that deletes it.
 */
public interface SequenceMapReader {

    List<MapMarker> markers(MapGrid.Window window);
}
