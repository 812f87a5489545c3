package org.mtp.adapter.persistence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;

/**
 * Benchmark harness for the persistence figures of docs/performance.md (a plain harness, not a test): opens (or first
 * generates) the kept data set, then runs {@link BenchmarkRun} and prints a Markdown report, also written to
 * {@code <bench.dir>/results-<db>-<size>.md}. Properties: {@code bench.db} (postgresql, h2), {@code bench.size} (full,
 * quick), {@code bench.warmup}, {@code bench.iterations}, {@code bench.saves}, {@code bench.dir}.
 */
public final class PersistenceBenchmark {

    private PersistenceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Database database = Database.valueOf(property("bench.db", "postgresql").toUpperCase(Locale.ROOT));
        BenchmarkSize size = BenchmarkSize.of(property("bench.size", "quick"));
        int warmup = Integer.parseInt(property("bench.warmup", "5"));
        int iterations = Integer.parseInt(property("bench.iterations", "30"));
        int saves = Integer.parseInt(property("bench.saves", "10"));
        Path dir = Path.of(property("bench.dir", "target/bench")).toAbsolutePath();
        System.out.printf(
                "mtp persistence benchmark: %s, %s data set, %d warm-up and %d measured iterations%n",
                database, size, warmup, iterations);
        try (BenchmarkDatabase db = BenchmarkDatabase.open(database, size, dir);
                PersistenceContext context = PersistenceContext.start(db.config())) {
            String dataset = ensureDataset(db, size);
            String report = new BenchmarkRun(context, db, size, warmup, iterations, saves).run(dataset);
            System.out.println(report);
            Path results = dir.resolve("results-" + database.name().toLowerCase(Locale.ROOT) + "-"
                    + size.name().toLowerCase(Locale.ROOT) + ".md");
            Files.writeString(results, report);
            System.out.println("written to " + results);
        }
        // zonky's process reaper threads are not daemons; the report is out, so end here
        System.exit(0);
    }

    /** Generates the data set unless the database already holds it; returns its row counts. */
    private static String ensureDataset(BenchmarkDatabase db, BenchmarkSize size) throws SQLException, IOException {
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

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
