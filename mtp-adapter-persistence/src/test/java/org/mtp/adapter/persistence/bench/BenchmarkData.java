package org.mtp.adapter.persistence.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;

/**
 * Benchmark support: the kept data set of a benchmark database, made when missing, for the persistence benchmark and
 * the HTTP load benchmark alike.
 */
public final class BenchmarkData {

    private BenchmarkData() {}

    /**
     * Generates the data set unless the database already holds it, and adds its tours and challenges unless it has them
     * (a data set made before they were generated gains them); returns its row counts.
     */
    public static String ensure(BenchmarkDatabase db, BenchmarkSize size, PersistenceContext context)
            throws SQLException {
        try (Connection c = db.connect()) {
            long users = count(c, "users");
            long sequences = count(c, "sequences");
            if (users == 0 && sequences == 0) {
                System.out.println("generating the " + size + " data set (kept for the next runs) ...");
                long started = System.nanoTime();
                new DatasetGenerator(size, db.database()).generate(c);
                analyze(db, c);
                System.out.printf("generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
            } else if (users < size.users || sequences < size.sequences) {
                throw new IllegalStateException("the benchmark database holds a partial data set (" + users + " users, "
                        + sequences + " sequences); delete its directory and run again");
            }
            if (count(c, "tours") == 0 && count(c, "challenges") == 0) {
                System.out.println("adding tours and challenges to the data set ...");
                new ToursAndChallenges(size).add(context, c);
                analyze(db, c);
            }
            return DatasetGenerator.describe(c);
        }
    }

    /** Fresh planner statistics, and on PostgreSQL a vacuum, so that index-only scans see all-visible pages. */
    private static void analyze(BenchmarkDatabase db, Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
            statement.execute(db.database() == Database.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE");
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            long count = rows.getLong(1);
            c.rollback();
            return count;
        }
    }
}
