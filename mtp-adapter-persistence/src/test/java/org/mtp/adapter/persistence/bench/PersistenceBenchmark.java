package org.mtp.adapter.persistence.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
            String dataset = BenchmarkData.ensure(db, size, context);
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

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
