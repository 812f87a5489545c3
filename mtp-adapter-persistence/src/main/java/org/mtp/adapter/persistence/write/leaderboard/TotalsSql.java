package org.mtp.adapter.persistence.write.leaderboard;

import org.mtp.adapter.persistence.Database;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: the statements that change the totals, per database. Adding upserts (the row may not exist yet):
 * PostgreSQL's {@code INSERT ... ON CONFLICT DO UPDATE}, H2's {@code MERGE}. Taking back updates rows that must exist,
 * because PostgreSQL checks the proposed row of an upsert against the non-negative checks before it sees the conflict.
 * Parameters: photos, metres, viewpoints, then the row's key (user; parent, year, user; user, type, make, model,
 * month). User and parent/year rows copy the owner's username_key. {@code lockOwner} (H2 only, else null) locks the
 * owner's {@code users} row first: H2's MERGE does not wait for a concurrent insert of the same key but fails, so
 * without it two first writes of one owner's totals (say two imports at once) would both try to insert.
 */
record TotalsSql(
        String lockOwner,
        String addToUser,
        String takeFromUser,
        String addToParentYear,
        String takeFromParentYear,
        String addToCell,
        String takeFromCell) {

    private static final String SUMS = "photos, distance_m, viewpoints";

    /** The SQL type of a camera key parameter on H2, as wide as the cells' key columns. */
    private static final String CAMERA_KEY = "VARCHAR(" + Limits.CAMERA_MAX + ")";

    static TotalsSql of(Database database) {
        return database == Database.POSTGRESQL ? postgresql() : h2();
    }

    private static TotalsSql postgresql() {
        return new TotalsSql(
                null,
                "INSERT INTO user_totals (" + SUMS + ", user_id, username_key)"
                        + " SELECT ?, ?, ?, u.id, u.username_key FROM users u WHERE u.id = ?"
                        + " ON CONFLICT (user_id) DO UPDATE SET" + pgIncrements("user_totals"),
                take("user_totals", "user_id = ?"),
                "INSERT INTO leaderboard_parent_years (" + SUMS
                        + ", user_id, transport_parent, capture_year, username_key)"
                        + " SELECT ?, ?, ?, u.id, ?, ?, u.username_key FROM users u WHERE u.id = ?"
                        + " ON CONFLICT (user_id, transport_parent, capture_year) DO UPDATE SET"
                        + pgIncrements("leaderboard_parent_years"),
                take("leaderboard_parent_years", "transport_parent = ? AND capture_year = ? AND user_id = ?"),
                "INSERT INTO leaderboard_cells (" + SUMS
                        + ", user_id, transport_type, camera_make_key, camera_model_key,"
                        + " capture_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, transport_type, camera_make_key, camera_model_key, capture_month)"
                        + " DO UPDATE SET" + pgIncrements("leaderboard_cells"),
                take(
                        "leaderboard_cells",
                        "user_id = ? AND transport_type = ? AND camera_make_key = ?"
                                + " AND camera_model_key = ? AND capture_month = ?"));
    }

    private static String pgIncrements(String table) {
        return " photos = " + table + ".photos + EXCLUDED.photos,"
                + " distance_m = " + table + ".distance_m + EXCLUDED.distance_m,"
                + " viewpoints = " + table + ".viewpoints + EXCLUDED.viewpoints";
    }

    private static TotalsSql h2() {
        return new TotalsSql(
                "SELECT id FROM users WHERE id = ? FOR UPDATE",
                "MERGE INTO user_totals t USING (SELECT " + h2Sums() + ", u.id AS user_id, u.username_key"
                        + " FROM users u WHERE u.id = ?) d ON t.user_id = d.user_id"
                        + h2Increments() + " WHEN NOT MATCHED THEN INSERT (" + SUMS + ", user_id, username_key)"
                        + " VALUES (d.photos, d.distance_m, d.viewpoints, d.user_id, d.username_key)",
                take("user_totals", "user_id = ?"),
                "MERGE INTO leaderboard_parent_years t USING (SELECT " + h2Sums() + ", u.id AS user_id,"
                        + " CAST(? AS VARCHAR(16)) AS transport_parent, CAST(? AS INTEGER) AS capture_year, u.username_key"
                        + " FROM users u WHERE u.id = ?) d"
                        + " ON t.user_id = d.user_id AND t.transport_parent = d.transport_parent"
                        + " AND t.capture_year = d.capture_year" + h2Increments()
                        + " WHEN NOT MATCHED THEN INSERT (" + SUMS
                        + ", user_id, transport_parent, capture_year, username_key)"
                        + " VALUES (d.photos, d.distance_m, d.viewpoints, d.user_id, d.transport_parent, d.capture_year,"
                        + " d.username_key)",
                take("leaderboard_parent_years", "transport_parent = ? AND capture_year = ? AND user_id = ?"),
                "MERGE INTO leaderboard_cells t USING (SELECT " + h2Sums() + ", CAST(? AS UUID) AS user_id,"
                        + " CAST(? AS VARCHAR(32)) AS transport_type, CAST(? AS " + CAMERA_KEY + ") AS camera_make_key,"
                        + " CAST(? AS " + CAMERA_KEY + ") AS camera_model_key, CAST(? AS INTEGER) AS capture_month) d"
                        + " ON t.user_id = d.user_id AND t.transport_type = d.transport_type"
                        + " AND t.camera_make_key = d.camera_make_key AND t.camera_model_key = d.camera_model_key"
                        + " AND t.capture_month = d.capture_month" + h2Increments()
                        + " WHEN NOT MATCHED THEN INSERT (" + SUMS + ", user_id, transport_type, camera_make_key,"
                        + " camera_model_key, capture_month) VALUES (d.photos, d.distance_m, d.viewpoints, d.user_id,"
                        + " d.transport_type, d.camera_make_key, d.camera_model_key, d.capture_month)",
                take(
                        "leaderboard_cells",
                        "user_id = ? AND transport_type = ? AND camera_make_key = ?"
                                + " AND camera_model_key = ? AND capture_month = ?"));
    }

    private static String h2Sums() {
        return "CAST(? AS BIGINT) AS photos, CAST(? AS BIGINT) AS distance_m, CAST(? AS BIGINT) AS viewpoints";
    }

    private static String h2Increments() {
        return " WHEN MATCHED THEN UPDATE SET photos = t.photos + d.photos, distance_m = t.distance_m + d.distance_m,"
                + " viewpoints = t.viewpoints + d.viewpoints";
    }

    private static String take(String table, String key) {
        return "UPDATE " + table + " SET photos = photos + ?, distance_m = distance_m + ?, viewpoints = viewpoints + ?"
                + " WHERE " + key;
    }
}
