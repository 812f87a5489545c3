package org.mtp.benchmarks.http;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Load benchmark: what one scenario measured: requests answered in the measured window, their latencies (sorted,
 * nanoseconds), the failures (a status the scenario does not expect, 2xx unless it says otherwise, or an I/O error, by
 * kind) and the machine's load average after.
 */
record LoadResult(
        String scenario,
        int connections,
        double seconds,
        long[] sortedNanos,
        Map<String, Long> errors,
        String loadAverage) {

    LoadResult {
        errors = new TreeMap<>(errors);
    }

    long requests() {
        return sortedNanos.length;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    double perSecond() {
        return sortedNanos.length / seconds;
    }

    /** The latency at quantile {@code q} (0..1), in milliseconds, by the nearest-rank method. */
    double percentileMs(double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }
}
