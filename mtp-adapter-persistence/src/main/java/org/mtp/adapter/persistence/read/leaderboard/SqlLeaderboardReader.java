package org.mtp.adapter.persistence.read.leaderboard;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.KeysetCursor;
import org.mtp.adapter.persistence.sql.Row;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Persistence adapter: global leaderboards answered from the totals tables, never from the sequences (but for the
 * partial edge months of a custom range). Boards are ordered by the metric descending, then username_key (code point
 * order), zeros left out, and paged by keyset on exactly that key: the cursor holds the last row's value and username.
 *
 * <p>Ranks are global competition ranks (1, 2, 2, 4). An indexed board ({@link BoardGrain.Overall},
 * {@link BoardGrain.ParentYear}) reads its page as an index range and ranks it with one count over the same index: the
 * first row's rank is one more than the rows with a greater value, its position one more than the rows before it, and
 * the rows after it follow. The cells board aggregates the matching cells per user and ranks with {@code RANK()} before
 * the keyset cuts the page.
 */
public final class SqlLeaderboardReader implements LeaderboardReader {

    private final Jdbc jdbc;

    public SqlLeaderboardReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<RankedRow<UserTotals>> read(LeaderboardFilter filter, LeaderboardMetric metric, PageRequest page) {
        String cursorKind = "board-" + metric.name().toLowerCase(Locale.ROOT);
        KeysetCursor after = page.isFirst() ? null : KeysetCursor.decode(page.cursor(), cursorKind, 2);
        BoardGrain grain = BoardGrain.of(filter);
        String column = column(metric);
        List<BoardRow> rows = grain instanceof BoardGrain.Cells cells
                ? readCells(cells.filter(), column, after, page.limit() + 1)
                : readIndexed(grain, column, after, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<BoardRow> items = more ? rows.subList(0, page.limit()) : rows;
        BoardRow last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(
                items.stream().map(BoardRow::ranked).toList(),
                more ? KeysetCursor.encode(cursorKind, last.value(metric), last.usernameKey()) : null);
    }

    /**
     * An indexed board finds the row by its key and ranks it with one count over the board's index (competition rank:
     * one more than the rows with a strictly greater value); a cells board ranks its aggregate and keeps the one row.
     */
    @Override
    public Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user) {
        BoardGrain grain = BoardGrain.of(filter);
        String column = column(metric);
        if (grain instanceof BoardGrain.Cells cells) {
            List<Object> parameters = new ArrayList<>();
            String ranked = rankedCells(cells.filter(), column, parameters);
            parameters.add(user.value());
            return jdbc.first(
                            ranked + " SELECT * FROM ranked r WHERE r.user_id = ?",
                            row -> BoardRow.of(row, row.number("board_rank")),
                            parameters.toArray())
                    .map(BoardRow::ranked);
        }
        Conditions board = new Conditions();
        String table = "user_totals";
        if (grain instanceof BoardGrain.ParentYear parentYear) {
            table = "leaderboard_parent_years";
            board.and("g.transport_parent = ? AND g.capture_year = ?", parentYear.parent(), parentYear.year());
        }
        Conditions mine = new Conditions().and("t.user_id = ?", user.value()).and("t." + column + " > 0");
        if (grain instanceof BoardGrain.ParentYear parentYear) {
            mine.and("t.transport_parent = ? AND t.capture_year = ?", parentYear.parent(), parentYear.year());
        }
        List<Object> parameters = new ArrayList<>(List.of(board.parameters()));
        parameters.addAll(List.of(mine.parameters()));
        return jdbc.first(
                        "SELECT t.user_id, (SELECT u.username FROM users u WHERE u.id = t.user_id) AS username,"
                                + " t.username_key, t.photos, t.distance_m, t.viewpoints,"
                                + " (SELECT COUNT(*) FROM " + table + " g WHERE " + board.sql() + " AND g." + column
                                + " > t." + column + ") AS greater_rows FROM " + table + " t WHERE " + mine.sql(),
                        row -> BoardRow.of(row, row.number("greater_rows") + 1),
                        parameters.toArray())
                .map(BoardRow::ranked);
    }

    private List<BoardRow> readIndexed(BoardGrain grain, String column, KeysetCursor after, int limit) {
        Conditions board = new Conditions();
        String table = "user_totals";
        // The index's leading columns, fixed by the filter: naming them in ORDER BY changes nothing on PostgreSQL and
        // lets H2 see that the index holds the rows in exactly this order (it then reads the page and stops).
        String fixedColumns = "";
        if (grain instanceof BoardGrain.ParentYear parentYear) {
            table = "leaderboard_parent_years";
            board.and("t.transport_parent = ? AND t.capture_year = ?", parentYear.parent(), parentYear.year());
            fixedColumns = "t.transport_parent, t.capture_year, ";
        }
        Conditions where = board.copy().and("t." + column + " > 0");
        if (after != null) {
            where.and(
                    "t." + column + " <= ? AND (t." + column + " < ? OR t.username_key > ?)",
                    after.number(0),
                    after.number(0),
                    after.text(1));
        }
        // The username is looked up for the page's rows only (a sub-select, not a join the planner might hash).
        List<BoardRow> rows = jdbc.list(
                "SELECT t.user_id, (SELECT u.username FROM users u WHERE u.id = t.user_id)"
                        + " AS username, t.username_key, t.photos, t.distance_m, t.viewpoints FROM " + table
                        + " t WHERE "
                        + where.sql() + " ORDER BY " + fixedColumns + "t." + column + " DESC, t.username_key LIMIT "
                        + limit,
                row -> BoardRow.of(row, 0),
                where.parameters());
        if (rows.isEmpty()) {
            return rows;
        }
        long firstValue = rows.get(0).value(column);
        long greater = 0;
        long before = 0;
        if (after != null) {
            Conditions ahead = board.copy()
                    .and(
                            "t." + column + " >= ? AND (t." + column + " > ? OR t.username_key < ?)",
                            firstValue,
                            firstValue,
                            rows.get(0).usernameKey());
            long[] counts = jdbc.first(
                            "SELECT COUNT(*) AS before_rows, COALESCE(SUM(CASE WHEN t." + column
                                    + " > ? THEN 1 ELSE 0 END), 0) AS greater_rows FROM " + table + " t WHERE "
                                    + ahead.sql(),
                            row -> new long[] {row.number("before_rows"), row.number("greater_rows")},
                            prepend(firstValue, ahead.parameters()))
                    .orElseThrow();
            before = counts[0];
            greater = counts[1];
        }
        return rank(rows, column, greater + 1, before + 1);
    }

    /** Competition ranks for a page whose first row has rank {@code firstRank} and position {@code firstPosition}. */
    private static List<BoardRow> rank(List<BoardRow> rows, String column, long firstRank, long firstPosition) {
        List<BoardRow> ranked = new ArrayList<>(rows.size());
        long rank = firstRank;
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0 && rows.get(i).value(column) != rows.get(i - 1).value(column)) {
                rank = firstPosition + i;
            }
            ranked.add(rows.get(i).withRank(rank));
        }
        return ranked;
    }

    private List<BoardRow> readCells(LeaderboardFilter filter, String column, KeysetCursor after, int limit) {
        List<Object> parameters = new ArrayList<>();
        String ranked = rankedCells(filter, column, parameters);
        Conditions page = new Conditions();
        if (after != null) {
            page.and(
                    "r." + column + " <= ? AND (r." + column + " < ? OR r.username_key > ?)",
                    after.number(0),
                    after.number(0),
                    after.text(1));
        }
        parameters.addAll(List.of(page.parameters()));
        return jdbc.list(
                ranked + " SELECT * FROM ranked r WHERE " + page.sql() + " ORDER BY r." + column
                        + " DESC, r.username_key LIMIT " + limit,
                row -> BoardRow.of(row, row.number("board_rank")),
                parameters.toArray());
    }

    /**
     * The common table expressions of a cells board: the matching cells (and edge-month sequences) summed per user and
     * ranked with {@code RANK()} as {@code ranked}; their parameters are appended to {@code parameters}.
     */
    private static String rankedCells(LeaderboardFilter filter, String column, List<Object> parameters) {
        List<String> parts = new ArrayList<>();
        MonthSpan months = filter.period().range().map(MonthSpan::of).orElse(null);
        if (months == null || months.hasWholeMonths()) {
            Conditions cells = cellFilters(filter, "c");
            if (months != null) {
                cells.and("c.capture_month BETWEEN ? AND ?", months.firstMonth(), months.lastMonth());
            }
            parts.add("SELECT c.user_id, c.photos, c.distance_m, c.viewpoints FROM leaderboard_cells c WHERE "
                    + cells.sql());
            parameters.addAll(List.of(cells.parameters()));
        }
        for (TimeRange edge : months == null ? List.<TimeRange>of() : months.edges()) {
            Conditions sequences = cellFilters(filter, "s")
                    .and("s.status = 'PUBLISHED'")
                    .and("s.captured_at >= ? AND s.captured_at < ?", edge.from(), edge.to());
            parts.add("SELECT s.owner_id AS user_id, s.photo_count AS photos, s.distance_m,"
                    + " s.viewpoint_count AS viewpoints FROM sequences s WHERE " + sequences.sql());
            parameters.addAll(List.of(sequences.parameters()));
        }
        return "WITH matching AS (" + String.join(" UNION ALL ", parts) + "),"
                + " totals AS (SELECT user_id, SUM(photos) AS photos, SUM(distance_m) AS distance_m,"
                + " SUM(viewpoints) AS viewpoints FROM matching GROUP BY user_id),"
                + " ranked AS (SELECT t.user_id, u.username, u.username_key, t.photos, t.distance_m, t.viewpoints,"
                + " RANK() OVER (ORDER BY t." + column
                + " DESC) AS board_rank FROM totals t JOIN users u ON u.id = t.user_id"
                + " WHERE t." + column + " > 0)";
    }

    /** The filter's transport and camera conditions on cells or sequences (the column names agree). */
    private static Conditions cellFilters(LeaderboardFilter filter, String alias) {
        Conditions where = new Conditions();
        if (filter.transportType() != null) {
            where.andIn(alias + ".transport_type", BoardGrain.admittedTypes(filter.transportType()));
        }
        if (filter.cameraMake() != null) {
            where.and(alias + ".camera_make_key = ?", filter.cameraMake().normalized());
        }
        if (filter.cameraModel() != null) {
            where.and(alias + ".camera_model_key = ?", filter.cameraModel().normalized());
        }
        return where;
    }

    private static String column(LeaderboardMetric metric) {
        return switch (metric) {
            case PHOTOS -> "photos";
            case DISTANCE -> "distance_m";
            case VIEWPOINTS -> "viewpoints";
        };
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** One user's row on a board. */
    private record BoardRow(
            UUID user,
            String username,
            String usernameKey,
            long photos,
            long distanceMetres,
            long viewpoints,
            long rank) {

        static BoardRow of(Row row, long rank) throws SQLException {
            return new BoardRow(
                    row.uuid("user_id"),
                    row.string("username"),
                    row.string("username_key"),
                    row.number("photos"),
                    row.number("distance_m"),
                    row.number("viewpoints"),
                    rank);
        }

        long value(String column) {
            return switch (column) {
                case "photos" -> photos;
                case "distance_m" -> distanceMetres;
                default -> viewpoints;
            };
        }

        long value(LeaderboardMetric metric) {
            return value(column(metric));
        }

        BoardRow withRank(long newRank) {
            return new BoardRow(user, username, usernameKey, photos, distanceMetres, viewpoints, newRank);
        }

        RankedRow<UserTotals> ranked() {
            return new RankedRow<>(
                    Math.toIntExact(rank),
                    new UserTotals(
                            UserId.of(user),
                            Username.of(username),
                            photos,
                            Distance.ofMetres(distanceMetres),
                            viewpoints));
        }
    }
}
