package org.mtp.adapter.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.TestRows;

/**
 * Benchmark (a plain harness, not a test): commits per second of a one-row insert on the H2 file store, with H2's
 * default write delay and with {@code WRITE_DELAY=0} as {@link H2Urls#file} sets it. Each mode gets a fresh file,
 * a warm-up, then several timed rounds; the median round is reported. Measured twice: through the unit of work
 * (EntityManager, native insert, commit: what a use case pays) and on a bare pooled connection (what H2 pays).
 *
 * <p>Run: {@code mvn -B -q -o process-test-classes -pl mtp-adapter-persistence -am -Ph2-commit-benchmark}
 * (arguments: warm-up commits, rounds, commits per round; defaults 2000 7 1000).
 */
public final class H2CommitCostBenchmark {

  private static final String INSERT = "INSERT INTO users (id, username, username_key, email, email_key,"
      + " password_hash, created_at) VALUES (?, ?, ?, ?, ?, 'h', ?)";
  private static final String NATIVE_INSERT = INSERT.replace("VALUES (?, ?, ?, ?, ?, 'h', ?)",
      "VALUES (?1, ?2, ?3, ?4, ?5, 'h', ?6)");
  private static final AtomicLong NAMES = new AtomicLong();

  private H2CommitCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    System.out.printf("H2 commit cost: warm-up %d, %d rounds of %d commits, median round%n", warmUp, rounds,
        perRound);
    System.out.printf("%-30s %-14s %12s %14s%n", "setting", "path", "commits/s", "us/commit");
    for (boolean durable : new boolean[] {false, true}) {
      for (boolean unitOfWork : new boolean[] {true, false}) {
        double perSecond = measure(durable, unitOfWork, warmUp, rounds, perRound);
        System.out.printf("%-30s %-14s %12.0f %14.1f%n",
            durable ? "WRITE_DELAY=0 (mtp default)" : "H2 default (500 ms delay)",
            unitOfWork ? "unit of work" : "plain JDBC", perSecond, 1e6 / perSecond);
      }
    }
  }

  private static double measure(boolean durable, boolean unitOfWork, int warmUp, int rounds, int perRound)
      throws Exception {
    Path dir = Files.createTempDirectory("mtp-h2-bench-");
    String url = durable ? H2Urls.file(dir) : H2Urls.file(dir).replace(";WRITE_DELAY=0", "");
    try (PersistenceContext context = PersistenceContext.start(PersistenceConfig.of(url, H2Urls.USER, ""))) {
      Committer committer = unitOfWork ? viaUnitOfWork(context) : viaJdbc(context.dataSource());
      for (int i = 0; i < warmUp; i++) {
        committer.commitOne();
      }
      List<Double> perSecond = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < perRound; i++) {
          committer.commitOne();
        }
        perSecond.add(perRound / ((System.nanoTime() - start) / 1e9));
      }
      perSecond.sort(null);
      return perSecond.get(perSecond.size() / 2);
    } finally {
      PersistenceExtension.deleteRecursively(dir);
    }
  }

  @FunctionalInterface
  private interface Committer {
    void commitOne() throws SQLException;
  }

  private static Committer viaUnitOfWork(PersistenceContext context) {
    return () -> context.unitOfWork().run(() -> {
      String name = name();
      context.entityManagers().current().createNativeQuery(NATIVE_INSERT)
          .setParameter(1, UUID.randomUUID()).setParameter(2, name).setParameter(3, name)
          .setParameter(4, name + "@example.org").setParameter(5, name + "@example.org")
          .setParameter(6, TestRows.T0).executeUpdate();
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
        insert.setObject(6, java.time.OffsetDateTime.ofInstant(TestRows.T0, java.time.ZoneOffset.UTC));
        insert.executeUpdate();
        connection.commit();
      }
    };
  }

  private static String name() {
    return "u" + NAMES.incrementAndGet();
  }
}
