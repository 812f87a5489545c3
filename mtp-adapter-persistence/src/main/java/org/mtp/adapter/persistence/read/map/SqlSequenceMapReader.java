package org.mtp.adapter.persistence.read.map;

import java.sql.SQLException;
import java.util.List;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.Row;
import org.mtp.adapter.persistence.write.derived.MapPositions;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapMarker;
import org.mtp.application.port.out.map.SequenceMapReader;
import org.mtp.domain.sequence.SequenceId;

/**
 * Persistence adapter: the sequence map in one statement: the kept cells for the coarse levels (a few hundred rows by
 * primary key, however many sequences the view holds), the points of the view grouped by cell for the finer ones (whose
 * views hold few sequences), the sole sequence's name joined in.
 */
public final class SqlSequenceMapReader implements SequenceMapReader {

    private static final String COLUMNS = "g.map_column, g.map_row, g.sequence_count, g.lon_sum_e7, g.lat_sum_e7,"
            + " s.id AS sole_id, s.name AS sole_name";

    private final Jdbc jdbc;

    public SqlSequenceMapReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MapMarker> markers(MapGrid.Window window) {
        if (window.level() <= MapPositions.KEPT_LEVELS) {
            return jdbc.list(
                    "SELECT " + COLUMNS + " FROM map_cells g LEFT JOIN sequences s ON s.id = g.sole_sequence_id"
                            + " WHERE g.map_level = ? AND g.map_column BETWEEN ? AND ? AND g.map_row BETWEEN ? AND ?"
                            + " ORDER BY g.map_column, g.map_row",
                    SqlSequenceMapReader::marker,
                    window.level(),
                    window.minColumn(),
                    window.maxColumn(),
                    window.minRow(),
                    window.maxRow());
        }
        // a literal whole number from the level, never from the request, so both databases group by the same expression
        long divisor = 1L << (MapGrid.FINEST - window.level());
        String column = "p.map_column / " + divisor;
        String row = "p.map_row / " + divisor;
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM (SELECT " + column + " AS map_column, " + row + " AS map_row,"
                        + " COUNT(*) AS sequence_count, SUM(p.lon_e7) AS lon_sum_e7, SUM(p.lat_e7) AS lat_sum_e7,"
                        + " MIN(CAST(p.sequence_id AS VARCHAR(36))) AS sole FROM map_points p"
                        + " WHERE p.map_column BETWEEN ? AND ? AND p.map_row BETWEEN ? AND ?"
                        + " GROUP BY " + column + ", " + row + ") g"
                        + " LEFT JOIN sequences s ON g.sequence_count = 1 AND s.id = CAST(g.sole AS UUID)"
                        + " ORDER BY g.map_column, g.map_row",
                SqlSequenceMapReader::marker,
                window.finestMinColumn(),
                window.finestMaxColumn(),
                window.finestMinRow(),
                window.finestMaxRow());
    }

    private static MapMarker marker(Row row) throws SQLException {
        long count = row.number("sequence_count");
        boolean sole = count == 1;
        return new MapMarker(
                row.number("map_column"),
                row.number("map_row"),
                count,
                row.number("lon_sum_e7"),
                row.number("lat_sum_e7"),
                sole ? SequenceId.of(row.uuid("sole_id")) : null,
                sole ? row.string("sole_name") : null);
    }
}
