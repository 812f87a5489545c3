package org.mtp.adapter.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.TestRows;

/**
 * Benchmark (a plain harness, not a test): commits per second of a one-row insert on the H2 file store, with H2's
 * default write delay and with {@code WRITE_DELAY=0} as {@link H2Urls#file} sets it. Each mode gets a fresh file, a
 * warm-up, then several timed rounds; the median round is reported. Measured twice: through the unit of work
 * (EntityManager, native insert, commit: what a use case pays) and on a bare pooled connection (what H2 pays).
 *
 * <p>Run: {@code mvn -B -q -o process-test-classes -pl mtp-adapter-persistence -am -Ph2-commit-benchmark}, optionally
 * with {@code -Dh2.bench.warmup=2000 -Dh2.bench.rounds=7 -Dh2.bench.commits=1000} (the defaults).
 */
public final class H2CommitCostBenchmark {

    private static final String INSERT = "INSERT INTO users (id, username, username_key, email, email_key,"
            + " password_hash, created_at) VALUES (?, ?, ?, ?, ?, 'h', ?)";
    private static final String NATIVE_INSERT =
            INSERT.replace("VALUES (?, ?, ?, ?, ?, 'h', ?)", "VALUES (?1, ?2, ?3, ?4, ?5, 'h', ?6)");
    private static final AtomicLong NAMES = new AtomicLong();

    private H2CommitCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        System.out.printf(
                "H2 commit cost: warm-up %d, %d rounds of %d commits, rounds interleaved, median round%n",
                warmUp, rounds, perRound);
        List<Candidate> candidates = new ArrayList<>();
        try {
            for (boolean durable : new boolean[] {false, true}) {
                for (boolean unitOfWork : new boolean[] {true, false}) {
                    candidates.add(Candidate.open(durable, unitOfWork));
                }
            }
            for (Candidate candidate : candidates) {
                candidate.commit(warmUp);
            }
            for (int round = 0; round < rounds; round++) {
                for (Candidate candidate : candidates) {
                    candidate.timeRound(perRound);
                }
            }
            System.out.printf("%-30s %-14s %12s %14s%n", "setting", "path", "commits/s", "us/commit");
            for (Candidate candidate : candidates) {
                double perSecond = candidate.medianPerSecond();
                System.out.printf(
                        "%-30s %-14s %12.0f %14.1f%n",
                        candidate.setting(), candidate.path(), perSecond, 1e6 / perSecond);
            }
        } finally {
            candidates.forEach(Candidate::close);
        }
    }

    /**
     * One configuration under test, on its own fresh file. Rounds of all candidates alternate, so that a change in the
     * machine's load during the run hits every candidate alike.
     */
    private record Candidate(
            boolean durable,
            boolean unitOfWork,
            Path dir,
            PersistenceContext context,
            Committer committer,
            List<Double> perSecond) {

        static Candidate open(boolean durable, boolean unitOfWork) throws Exception {
            Path dir = Files.createTempDirectory("mtp-h2-bench-");
            String url = durable ? H2Urls.file(dir) : H2Urls.file(dir).replace(";WRITE_DELAY=0", "");
            PersistenceContext context = PersistenceContext.start(PersistenceConfig.of(url, H2Urls.USER, ""));
            Committer committer = unitOfWork ? viaUnitOfWork(context) : viaJdbc(context.dataSource());
            return new Candidate(durable, unitOfWork, dir, context, committer, new ArrayList<>());
        }

        void commit(int times) throws SQLException {
            for (int i = 0; i < times; i++) {
                committer.commitOne();
            }
        }

        void timeRound(int commits) throws SQLException {
            long start = System.nanoTime();
            commit(commits);
            perSecond.add(commits / ((System.nanoTime() - start) / 1e9));
        }

        double medianPerSecond() {
            List<Double> sorted = perSecond.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        String setting() {
            return durable ? "WRITE_DELAY=0 (mtp default)" : "H2 default (500 ms delay)";
        }

        String path() {
            return unitOfWork ? "unit of work" : "plain JDBC";
        }

        void close() {
            try {
                context.close();
            } finally {
                PersistenceExtension.deleteRecursively(dir);
            }
        }
    }

    @FunctionalInterface
    private interface Committer {
        void commitOne() throws SQLException;
    }

    private static Committer viaUnitOfWork(PersistenceContext context) {
        return () -> context.unitOfWork().run(() -> {
            String name = name();
            context.entityManagers()
                    .current()
                    .createNativeQuery(NATIVE_INSERT)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, name)
                    .setParameter(3, name)
                    .setParameter(4, name + "@example.org")
                    .setParameter(5, name + "@example.org")
                    .setParameter(6, TestRows.T0)
                    .executeUpdate();
        });
    }

    private static Committer viaJdbc(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                String name = name();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, name);
                insert.setString(3, name);
                insert.setString(4, name + "@example.org");
                insert.setString(5, name + "@example.org");
                insert.setObject(6, OffsetDateTime.ofInstant(TestRows.T0, ZoneOffset.UTC));
                insert.executeUpdate();
                connection.commit();
            }
        };
    }

    private static String name() {
        return "user" + NAMES.incrementAndGet();
    }
}
