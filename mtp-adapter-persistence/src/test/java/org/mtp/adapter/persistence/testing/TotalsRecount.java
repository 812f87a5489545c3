package org.mtp.adapter.persistence.testing;

/**
 * Test support: every leaderboard total and counter recomputed from the base tables, in plain SQL, independent of the
 * stores' increments. The recount test compares the maintained tables with these queries; the benchmark fills the
 * totals of its generated data set with them ({@code INSERT INTO t (...) } + query).
 */
public final class TotalsRecount {

    /** Columns of {@link #userTotals()}. */
    public static final String USER_TOTALS_COLUMNS = "user_id, username_key, photos, distance_m, viewpoints";
    /** Columns of {@link #parentYears()}. */
    public static final String PARENT_YEARS_COLUMNS =
            "user_id, username_key, transport_parent, capture_year, photos, distance_m, viewpoints";
    /** Columns of {@link #cells()}. */
    public static final String CELLS_COLUMNS =
            "user_id, transport_type, camera_make_key, camera_model_key, capture_month, photos, distance_m, viewpoints";

    private static final String SUMS =
            "SUM(photo_count) AS photos, SUM(distance_m) AS distance_m," + " SUM(viewpoint_count) AS viewpoints";

    private TotalsRecount() {}

    public static String userTotals() {
        return "SELECT s.owner_id AS user_id, u.username_key, SUM(s.photo_count) AS photos,"
                + " SUM(s.distance_m) AS distance_m, SUM(s.viewpoint_count) AS viewpoints"
                + " FROM sequences s JOIN users u ON u.id = s.owner_id WHERE s.status = 'PUBLISHED'"
                + " GROUP BY s.owner_id, u.username_key";
    }

    public static String parentYears() {
        String published = "(SELECT owner_id, transport_parent, " + year() + " AS capture_year, photo_count,"
                + " distance_m, viewpoint_count FROM sequences WHERE status = 'PUBLISHED')";
        return "SELECT g.user_id, u.username_key, g.transport_parent, g.capture_year, g.photos, g.distance_m,"
                + " g.viewpoints FROM ("
                + "SELECT owner_id AS user_id, transport_parent, capture_year, " + SUMS + " FROM " + published + " p"
                + " WHERE capture_year IS NOT NULL GROUP BY owner_id, transport_parent, capture_year"
                + " UNION ALL SELECT owner_id, transport_parent, 0, " + SUMS + " FROM " + published + " p"
                + " GROUP BY owner_id, transport_parent"
                + " UNION ALL SELECT owner_id, 'ALL', capture_year, " + SUMS + " FROM " + published + " p"
                + " WHERE capture_year IS NOT NULL GROUP BY owner_id, capture_year"
                + ") g JOIN users u ON u.id = g.user_id";
    }

    public static String cells() {
        String month = "COALESCE(" + year() + " * 100 + " + month() + ", 0)";
        return "SELECT owner_id AS user_id, transport_type, COALESCE(camera_make_key, '') AS camera_make_key,"
                + " COALESCE(camera_model_key, '') AS camera_model_key, " + month + " AS capture_month, " + SUMS
                + " FROM sequences WHERE status = 'PUBLISHED'"
                + " GROUP BY owner_id, transport_type, COALESCE(camera_make_key, ''), COALESCE(camera_model_key, ''), "
                + month;
    }

    /** Rows whose counter differs from a count of the rows it counts; a consistent store has none. */
    public static String counterMismatches() {
        return "SELECT 'sequence likes', s.id FROM sequences s"
                + " WHERE s.like_count <> (SELECT COUNT(*) FROM sequence_likes l WHERE l.sequence_id = s.id)"
                + " UNION ALL SELECT 'sequence viewpoints', s.id FROM sequences s"
                + " WHERE s.viewpoint_count <> (SELECT COUNT(*) FROM viewpoints v WHERE v.sequence_id = s.id)"
                + " UNION ALL SELECT 'sequence photos', s.id FROM sequences s"
                + " WHERE s.photo_count <> (SELECT COUNT(*) FROM photos p WHERE p.sequence_id = s.id)"
                + " UNION ALL SELECT 'photo viewpoints', p.sequence_id FROM photos p WHERE p.viewpoint_count <>"
                + " (SELECT COUNT(*) FROM viewpoints v WHERE v.sequence_id = p.sequence_id AND v.image_key = p.image_key)"
                + " UNION ALL SELECT 'tour likes', t.id FROM tours t"
                + " WHERE t.like_count <> (SELECT COUNT(*) FROM tour_likes l WHERE l.tour_id = t.id)"
                + " UNION ALL SELECT 'viewpoint credited to another than the owner', v.sequence_id FROM viewpoints v"
                + " JOIN sequences s ON s.id = v.sequence_id WHERE v.photo_owner_id <> s.owner_id";
    }

    private static String year() {
        return "CAST(EXTRACT(YEAR FROM " + utc() + ") AS INTEGER)";
    }

    private static String month() {
        return "CAST(EXTRACT(MONTH FROM " + utc() + ") AS INTEGER)";
    }

    /** captured_at seen in UTC, whatever the session's time zone (both databases read this alike). */
    private static String utc() {
        return "captured_at AT TIME ZONE 'UTC'";
    }
}
