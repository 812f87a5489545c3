package org.mtp.application.model.map;

import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.SequenceId;

/**
 * One cell of the sequence map that holds published sequences: how many, the sums of their positions (so the marker
 * stands at their mean, and stores add and take back positions exactly), and the sequence's id and name when the cell
 * holds exactly one (a marker to open), none when it holds several (a cluster to zoom into).
 */
public record MapMarker(
        long column, long row, long count, long lonSumE7, long latSumE7, SequenceId sequence, String name) {

    public MapMarker {
        Require.that(count > 0, "count", "must be positive");
        Require.that((count == 1) == (sequence != null), "sequence", "is given exactly when the cell holds one");
        Require.that((sequence == null) == (name == null), "name", "comes with the sequence");
    }

    /** The mean longitude of the cell's sequences, in degrees. */
    public double lon() {
        return MapGrid.degrees(lonSumE7) / count;
    }

    /** The mean latitude of the cell's sequences, in degrees. */
    public double lat() {
        return MapGrid.degrees(latSumE7) / count;
    }
}
