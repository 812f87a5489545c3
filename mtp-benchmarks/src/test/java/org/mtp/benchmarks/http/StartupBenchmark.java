package org.mtp.benchmarks.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.persistence.H2Urls;

/**
 * Load benchmark: time to listening, from the child JVM's launch to its port accepting a connection, round by round:
 * the bare Javalin endpoint, the service on an empty H2 data directory (a fresh one each round: Flyway migrates it
 * from nothing), and the service on the loaded H2 file, opened in place (its directory is never written to except by
 * H2 itself; the service's data directory, which holds nothing else, is a fresh one).
 */
final class StartupBenchmark {

  private final Path out;
  private final Path loadedH2;
  private final Report report;

  StartupBenchmark(Path out, Path loadedH2, Report report) {
    this.out = out;
    this.loadedH2 = loadedH2;
    this.report = report;
  }

  void run(int rounds) {
    List<Double> bare = new ArrayList<>();
    List<Double> empty = new ArrayList<>();
    List<Double> loaded = new ArrayList<>();
    boolean haveLoaded = Files.exists(loadedH2.resolve("mtp.mv.db"));
    // an untimed first open: it applies any migration the kept file lacks, so the rounds measure a steady start
    double firstOpen = haveLoaded ? time("startup-loaded-first", "org.mtp.bootstrap.Main", H2Urls.file(loadedH2))
        : Double.NaN;
    for (int round = 0; round < rounds; round++) {
      bare.add(time("startup-bare-" + round, FloorServer.class.getName(), null));
      empty.add(time("startup-empty-" + round, "org.mtp.bootstrap.Main", null));
      if (haveLoaded) {
        loaded.add(time("startup-loaded-" + round, "org.mtp.bootstrap.Main", H2Urls.file(loadedH2)));
      }
    }
    report.line("");
    report.line("| start-up to listening | median ms | all rounds ms |");
    report.line("|---|---:|---|");
    report.line("| bare Javalin (constant endpoint) | %s | %s |", Report.number(median(bare)), bare);
    report.line("| mtp, empty H2 (migrated from nothing) | %s | %s |", Report.number(median(empty)), empty);
    if (haveLoaded) {
      report.line("| mtp, loaded H2 (%s, opened in place) | %s | %s (a first, untimed open took %s) |", loadedH2,
          Report.number(median(loaded)), loaded, Report.number(firstOpen));
    } else {
      report.line("| mtp, loaded H2 | not measured: no %s | |", loadedH2.resolve("mtp.mv.db"));
    }
    report.line("");
    report.line("Load average after the start-ups: %s", LoadGenerator.loadAverage());
  }

  private double time(String name, String mainClass, String databaseUrl) {
    int port = ChildJvm.freePort();
    Path dir = out.resolve(name);
    Map<String, String> environment = databaseUrl == null
        ? LoadBenchmark.serviceEnvironment(port, dir.resolve("data"), null, null, null)
        : LoadBenchmark.serviceEnvironment(port, dir.resolve("data"), databaseUrl, H2Urls.USER, "");
    List<String> args = mainClass.equals(FloorServer.class.getName())
        ? List.of("ceiling", Integer.toString(port)) : List.of();
    try (ChildJvm child = ChildJvm.start(name, dir, port, LoadBenchmark.SERVICE_LOGGING, mainClass, args,
        environment)) {
      return Math.round(child.awaitListening(600) * 10) / 10.0;
    }
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
  }
}
