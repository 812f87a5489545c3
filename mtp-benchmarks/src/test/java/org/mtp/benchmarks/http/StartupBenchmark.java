package org.mtp.benchmarks.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.persistence.H2Urls;

/**
 * Load benchmark: time to listening, from the child JVM's launch to its port accepting a connection, round by round
 * (the kinds interleaved, so a change of the machine's load touches them all alike): the bare Javalin endpoint, the
 * service's shaded jar as the README starts it with and without its class-data archive on an empty H2 data directory (a
 * fresh one each round: Flyway migrates it from nothing), and with the archive on the loaded H2 file, opened in place
 * (its directory is never written to except by H2 itself).
 */
final class StartupBenchmark {

    private final Path out;
    private final Path loadedH2;
    private final Path jar;
    private final Report report;

    StartupBenchmark(Path out, Path loadedH2, Path jar, Report report) {
        this.out = out;
        this.loadedH2 = loadedH2;
        this.jar = jar;
        this.report = report;
    }

    void run(int rounds) {
        Path archive = jar.resolveSibling("mtp.jsa");
        if (!Files.exists(jar) || !Files.exists(archive)) {
            report.line("");
            report.line(
                    "Start-up not measured: build the jar and its archive first (`mvn -B -q -DskipTests package`): %s",
                    jar);
            return;
        }
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive);
        boolean haveLoaded = Files.exists(loadedH2.resolve("mtp.mv.db"));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        // an untimed first open: it applies any migration the kept file lacks, so the rounds measure a steady start
        double firstOpen = haveLoaded ? timeJar("startup-loaded-first", cds, H2Urls.file(loadedH2)) : Double.NaN;
        for (int round = 0; round < rounds; round++) {
            add(times, "bare Javalin (constant endpoint)", timeBare("startup-bare-" + round));
            add(times, "mtp, empty H2: `java -jar mtp.jar`", timeJar("startup-empty-" + round, List.of(), null));
            add(
                    times,
                    "mtp, empty H2: `java -XX:SharedArchiveFile=mtp.jsa -jar mtp.jar`",
                    timeJar("startup-empty-cds-" + round, cds, null));
            if (haveLoaded) {
                add(
                        times,
                        "mtp, loaded H2 (" + loadedH2.getFileName() + ", in place), with the archive",
                        timeJar("startup-loaded-cds-" + round, cds, H2Urls.file(loadedH2)));
            }
        }
        report.line("");
        report.line("| start-up to listening | median ms | all rounds ms |");
        report.line("|---|---:|---|");
        times.forEach((kind, values) -> report.line("| %s | %s | %s |", kind, Report.number(median(values)), values));
        if (haveLoaded) {
            report.line("");
            report.line("A first, untimed open of %s took %s ms.", loadedH2, Report.number(firstOpen));
        } else {
            report.line("| mtp, loaded H2 | not measured: no %s | |", loadedH2.resolve("mtp.mv.db"));
        }
        report.line("");
        report.line("Load average after the start-ups: %s", LoadGenerator.loadAverage());
    }

    private static void add(Map<String, List<Double>> times, String kind, double value) {
        times.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
    }

    private double timeBare(String name) {
        int port = ChildJvm.freePort();
        Path dir = out.resolve(name);
        try (ChildJvm child = ChildJvm.start(
                name,
                dir,
                port,
                List.of(),
                FloorServer.class.getName(),
                List.of("ceiling", Integer.toString(port)),
                Map.of())) {
            return Math.round(child.awaitListening(600) * 10) / 10.0;
        }
    }

    private double timeJar(String name, List<String> jvm, String databaseUrl) {
        int port = ChildJvm.freePort();
        Path dir = out.resolve(name);
        Map<String, String> environment = databaseUrl == null
                ? LoadBenchmark.serviceEnvironment(port, dir.resolve("data"), null, null, null)
                : LoadBenchmark.serviceEnvironment(port, dir.resolve("data"), databaseUrl, H2Urls.USER, "");
        try (ChildJvm child = ChildJvm.startJar(name, dir, port, jvm, jar, environment)) {
            return Math.round(child.awaitListening(600) * 10) / 10.0;
        }
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
