package org.mtp.adapter.persistence.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Benchmark support: wall-clock samples per named operation, and their median, 90th percentile and maximum. */
final class Timings {

    private final Map<String, List<Double>> samples = new LinkedHashMap<>();
    private boolean recording;

    void record(boolean on) {
        recording = on;
    }

    /** Runs {@code operation}, recording its time in milliseconds under {@code name} while recording is on. */
    <T> T time(String name, Callable<T> operation) throws Exception {
        long start = System.nanoTime();
        T result = operation.call();
        double millis = (System.nanoTime() - start) / 1e6;
        if (recording) {
            samples.computeIfAbsent(name, n -> new ArrayList<>()).add(millis);
        }
        return result;
    }

    double percentile(String name, double p) {
        List<Double> sorted = new ArrayList<>(samples.get(name));
        sorted.sort(Double::compare);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    boolean has(String name) {
        return samples.containsKey(name);
    }
}
