package org.mtp.benchmarks.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Load benchmark: the Markdown report, printed as it grows and written to a file at the end. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        text.append(line).append('\n');
        System.out.println(line);
        System.out.flush();
    }

    void tableHeader() {
        line(
                "| scenario | server | req/s | p50 ms | p90 ms | p99 ms | max ms | service p50 ms | service p99 ms | errors"
                        + " | server CPU µs/req | PostgreSQL CPU µs/req | PostgreSQL transactions/req | load avg after |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    }

    /**
     * One scenario's row: the client's latencies (send to last byte, on loopback) and, where the server measures
     * itself, the service's own p50 and p99 from its request-duration histogram (NaN: none).
     */
    void row(
            LoadResult r,
            String server,
            double serviceP50Ms,
            double serviceP99Ms,
            double serverCpuMsTotal,
            double postgresCpuMsTotal,
            long transactions) {
        line(
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                r.scenario(),
                server,
                number(r.perSecond()),
                number(r.percentileMs(0.50)),
                number(r.percentileMs(0.90)),
                number(r.percentileMs(0.99)),
                number(r.maxMs()),
                number(serviceP50Ms),
                number(serviceP99Ms),
                errors(r.errors(), r.errorCount()),
                perRequest(serverCpuMsTotal, r.requests()),
                postgresCpuMsTotal < 0 ? "" : perRequest(postgresCpuMsTotal, r.requests()),
                transactions < 0 ? "" : String.format(Locale.ROOT, "%.2f", (double) transactions / r.requests()),
                r.loadAverage());
    }

    private static String errors(Map<String, Long> errors, long count) {
        return count == 0
                ? "0"
                : count + " ("
                        + errors.entrySet().stream()
                                .map(e -> e.getKey() + " x" + e.getValue())
                                .collect(Collectors.joining(", "))
                        + ")";
    }

    private static String perRequest(double cpuMs, long requests) {
        return requests == 0 ? "" : number(cpuMs * 1000 / requests);
    }

    /** Three significant figures at most, thousands grouped, as docs/performance.md writes them. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
