package org.mtp.application.model.map;

import org.mtp.domain.common.Require;
import org.mtp.domain.geo.BoundingBox;

/**
 * The grid the sequence map groups sequences on: at level {@code L} a cell is {@code 90 / 2^L} degrees wide and high,
 * about 64 screen pixels at web-map zoom {@code L}, and each cell of level {@code L} splits into four of level {@code L
 * + 1}. Positions are whole ten-millionths of a degree and cells are found by integer arithmetic alone, so the
 * database, the in-memory store and a recount agree on every boundary.
 */
public final class MapGrid {

    /** The finest level, web maps' deepest zoom; a cell there is about two metres. */
    public static final int FINEST = 22;

    /** At most this many cells are asked for at once, so a map answer never has more markers. */
    public static final int MAX_CELLS = 1_000;

    private static final long E7 = 10_000_000L;
    private static final long QUARTER_TURN_E7 = 90 * E7;

    private MapGrid() {}

    /**
     * A position in whole ten-millionths of a degree, rounded half up as {@code FLOOR(x + 0.5)} does in SQL, so that
     * the migration that placed the sequences already published agrees with every later placement.
     */
    public static long e7(double degrees) {
        return (long) Math.floor(degrees * E7 + 0.5);
    }

    public static double degrees(long e7) {
        return (double) e7 / E7;
    }

    /** The column of the finest level holding longitude {@code lonE7}; 180 degrees falls in the last column. */
    public static long column(long lonE7) {
        return Math.min(((lonE7 + 2 * QUARTER_TURN_E7) << FINEST) / QUARTER_TURN_E7, (4L << FINEST) - 1);
    }

    /** The row of the finest level holding latitude {@code latE7}; 90 degrees falls in the last row. */
    public static long row(long latE7) {
        return Math.min(((latE7 + QUARTER_TURN_E7) << FINEST) / QUARTER_TURN_E7, (2L << FINEST) - 1);
    }

    /** The column or row at {@code level} of a finest-level column or row. */
    public static long atLevel(long finest, int level) {
        return finest >> (FINEST - level);
    }

    /**
     * The cells a map of {@code view} at {@code zoom} asks for: the zoom's own level, or the finest coarser one whose
     * cells covering the view number at most {@value #MAX_CELLS}.
     */
    public static Window window(BoundingBox view, int zoom) {
        Require.inRange("zoom", zoom, 0, FINEST);
        for (int level = zoom; ; level--) {
            Window window = new Window(
                    level,
                    atLevel(column(e7(view.minLon())), level),
                    atLevel(column(e7(view.maxLon())), level),
                    atLevel(row(e7(view.minLat())), level),
                    atLevel(row(e7(view.maxLat())), level));
            if (window.cells() <= MAX_CELLS) {
                return window;
            }
        }
    }

    /**
     * The cells from column {@code minColumn} to {@code maxColumn} and row {@code minRow} to {@code maxRow} of a level.
     */
    public record Window(int level, long minColumn, long maxColumn, long minRow, long maxRow) {

        public Window {
            Require.inRange("level", level, 0, FINEST);
            Require.that(minColumn <= maxColumn && minRow <= maxRow, "window", "must not be empty");
        }

        public long cells() {
            return (maxColumn - minColumn + 1) * (maxRow - minRow + 1);
        }

        /** Whether the finest-level cell ({@code column}, {@code row}) lies in one of the window's cells. */
        public boolean holds(long column, long row) {
            long c = atLevel(column, level);
            long r = atLevel(row, level);
            return c >= minColumn && c <= maxColumn && r >= minRow && r <= maxRow;
        }

        /** The first finest-level column of the window. */
        public long finestMinColumn() {
            return minColumn << (FINEST - level);
        }

        /** The last finest-level column of the window. */
        public long finestMaxColumn() {
            return ((maxColumn + 1) << (FINEST - level)) - 1;
        }

        public long finestMinRow() {
            return minRow << (FINEST - level);
        }

        public long finestMaxRow() {
            return ((maxRow + 1) << (FINEST - level)) - 1;
        }
    }
}
