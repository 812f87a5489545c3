package org.mtp.adapter.persistence.write.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapPoint;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.sequence.SequenceId;

/**
 * Persistence adapter: keeps the sequence map in step with publications and deletions, in their transaction: the
 * sequence's point ({@code map_points}) and, for the kept levels, its cell's count and position sums
 * ({@code map_cells}), by increments, with the sole sequence of a cell that holds exactly one.
 */
public final class MapPositions {

    /** The coarsest levels, 0 to this, are kept per cell; finer ones are grouped from the points when read. */
    public static final int KEPT_LEVELS = 10;

    private final Jdbc jdbc;

    public MapPositions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts a sequence just published on the map, at the centre of its bounds; one without bounds has no place. */
    void place(SequenceId sequence) {
        Optional<MapPoint> found = jdbc.first(
                "SELECT min_lon, min_lat, max_lon, max_lat FROM sequences WHERE id = ? AND min_lon IS NOT NULL",
                row -> MapPoint.centreOf(new BoundingBox(
                        row.decimal("min_lon"),
                        row.decimal("min_lat"),
                        row.decimal("max_lon"),
                        row.decimal("max_lat"))),
                sequence.value());
        if (found.isEmpty()) {
            return;
        }
        MapPoint point = found.get();
        lockOnH2();
        jdbc.update(
                "INSERT INTO map_points (sequence_id, lon_e7, lat_e7, map_column, map_row) VALUES (?, ?, ?, ?, ?)",
                sequence.value(),
                point.lonE7(),
                point.latE7(),
                point.column(),
                point.row());
        if (jdbc.database() == Database.POSTGRESQL) {
            addOnPostgresql(sequence, point);
        } else {
            IntStream.rangeClosed(0, KEPT_LEVELS).forEach(level -> addOnH2(sequence, point, level));
        }
    }

    /** Takes a sequence about to be deleted off the map, if it is on it. */
    void remove(SequenceId sequence) {
        Optional<MapPoint> found = jdbc.first(
                "SELECT lon_e7, lat_e7 FROM map_points WHERE sequence_id = ?",
                row -> new MapPoint(row.number("lon_e7"), row.number("lat_e7")),
                sequence.value());
        if (found.isEmpty()) {
            return;
        }
        MapPoint point = found.get();
        lockOnH2();
        jdbc.update("DELETE FROM map_points WHERE sequence_id = ?", sequence.value());
        List<Object> keys = new ArrayList<>();
        String cells = cellsOf(point, keys);
        List<Object> taken = new ArrayList<>(List.of(point.lonE7(), point.latE7()));
        taken.addAll(keys);
        jdbc.update(
                "UPDATE map_cells SET sequence_count = sequence_count - 1, lon_sum_e7 = lon_sum_e7 - ?,"
                        + " lat_sum_e7 = lat_sum_e7 - ?, sole_sequence_id = NULL WHERE " + cells,
                taken.toArray());
        jdbc.update("DELETE FROM map_cells WHERE sequence_count = 0 AND (" + cells + ")", keys.toArray());
        jdbc.list(
                        "SELECT map_level, map_column, map_row FROM map_cells WHERE sequence_count = 1 AND (" + cells
                                + ")",
                        row -> new int[] {row.integer("map_level"), row.integer("map_column"), row.integer("map_row")},
                        keys.toArray())
                .forEach(this::nameSole);
    }

    /** A cell left with one sequence names it again: the one point in the cell's columns and rows. */
    private void nameSole(int[] cell) {
        int shift = MapGrid.FINEST - cell[0];
        long firstColumn = (long) cell[1] << shift;
        long firstRow = (long) cell[2] << shift;
        List<UUID> sole = jdbc.list(
                "SELECT sequence_id FROM map_points WHERE map_column BETWEEN ? AND ? AND map_row BETWEEN ? AND ?",
                row -> row.uuid("sequence_id"),
                firstColumn,
                firstColumn + (1L << shift) - 1,
                firstRow,
                firstRow + (1L << shift) - 1);
        if (sole.size() != 1) {
            throw new IllegalStateException("map cell " + List.of(cell[0], cell[1], cell[2]) + " counts one sequence"
                    + " but holds " + sole.size() + " points");
        }
        jdbc.update(
                "UPDATE map_cells SET sole_sequence_id = ? WHERE map_level = ? AND map_column = ? AND map_row = ?",
                sole.get(0),
                cell[0],
                cell[1],
                cell[2]);
    }

    /** The condition selecting the point's cell on every kept level, its parameters added to {@code keys}. */
    private static String cellsOf(MapPoint point, List<Object> keys) {
        for (int level = 0; level <= KEPT_LEVELS; level++) {
            keys.add(level);
            keys.add(MapGrid.atLevel(point.column(), level));
            keys.add(MapGrid.atLevel(point.row(), level));
        }
        return IntStream.rangeClosed(0, KEPT_LEVELS)
                .mapToObj(level -> "(map_level = ? AND map_column = ? AND map_row = ?)")
                .collect(Collectors.joining(" OR "));
    }

    /** One statement for every level, the rows in level order so that concurrent writers lock in one order. */
    private void addOnPostgresql(SequenceId sequence, MapPoint point) {
        List<Object> values = new ArrayList<>();
        for (int level = 0; level <= KEPT_LEVELS; level++) {
            values.addAll(List.of(
                    level,
                    MapGrid.atLevel(point.column(), level),
                    MapGrid.atLevel(point.row(), level),
                    point.lonE7(),
                    point.latE7(),
                    sequence.value()));
        }
        String rows = IntStream.rangeClosed(0, KEPT_LEVELS)
                .mapToObj(level -> "(CAST(? AS SMALLINT), CAST(? AS INTEGER), CAST(? AS INTEGER), 1, ?, ?, ?)")
                .collect(Collectors.joining(", "));
        jdbc.update(
                "INSERT INTO map_cells (map_level, map_column, map_row, sequence_count, lon_sum_e7, lat_sum_e7,"
                        + " sole_sequence_id) VALUES " + rows
                        + " ON CONFLICT (map_level, map_column, map_row) DO UPDATE SET"
                        + " sequence_count = map_cells.sequence_count + 1,"
                        + " lon_sum_e7 = map_cells.lon_sum_e7 + EXCLUDED.lon_sum_e7,"
                        + " lat_sum_e7 = map_cells.lat_sum_e7 + EXCLUDED.lat_sum_e7, sole_sequence_id = NULL",
                values.toArray());
    }

    private void addOnH2(SequenceId sequence, MapPoint point, int level) {
        jdbc.update(
                "MERGE INTO map_cells t USING (SELECT CAST(? AS SMALLINT) AS map_level, CAST(? AS INTEGER) AS map_column,"
                        + " CAST(? AS INTEGER) AS map_row, CAST(? AS BIGINT) AS lon, CAST(? AS BIGINT) AS lat,"
                        + " CAST(? AS UUID) AS id) d"
                        + " ON t.map_level = d.map_level AND t.map_column = d.map_column AND t.map_row = d.map_row"
                        + " WHEN MATCHED THEN UPDATE SET sequence_count = t.sequence_count + 1,"
                        + " lon_sum_e7 = t.lon_sum_e7 + d.lon, lat_sum_e7 = t.lat_sum_e7 + d.lat, sole_sequence_id = NULL"
                        + " WHEN NOT MATCHED THEN INSERT (map_level, map_column, map_row, sequence_count, lon_sum_e7,"
                        + " lat_sum_e7, sole_sequence_id) VALUES (d.map_level, d.map_column, d.map_row, 1, d.lon, d.lat,"
                        + " d.id)",
                level,
                MapGrid.atLevel(point.column(), level),
                MapGrid.atLevel(point.row(), level),
                point.lonE7(),
                point.latE7(),
                sequence.value());
    }

    private void lockOnH2() {
        if (jdbc.database() == Database.H2) {
            jdbc.first("SELECT id FROM map_cells_lock WHERE id = 1 FOR UPDATE", row -> row.integer("id"));
        }
    }
}
