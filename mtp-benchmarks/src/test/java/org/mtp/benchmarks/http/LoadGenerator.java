package org.mtp.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Load benchmark: a closed-loop generator. {@code connections} threads each hold one keep-alive connection and send the
 * next request as soon as the previous answer is read, first for the warm-up (not recorded), then for the measured
 * window, recording every latency. A failed connection is reopened and counted as an error.
 */
final class LoadGenerator {

    private final int connections;
    private final long warmupNanos;
    private final long measureNanos;

    LoadGenerator(int connections, double warmupSeconds, double measureSeconds) {
        this.connections = connections;
        this.warmupNanos = (long) (warmupSeconds * 1e9);
        this.measureNanos = (long) (measureSeconds * 1e9);
    }

    /** Called by the generator's own thread as the measured window opens and closes (to read CPU counters). */
    interface Window {
        Window NONE = new Window() {
            @Override
            public void opened() {}

            @Override
            public void closed() {}
        };

        void opened();

        void closed();
    }

    LoadResult run(String scenario, int port, Requests requests, Window window) throws InterruptedException {
        Worker[] workers = new Worker[connections];
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(i, port, requests, start + warmupNanos, start + warmupNanos + measureNanos);
            Thread thread = new Thread(workers[i], "load-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(start + warmupNanos);
        window.opened();
        sleepUntil(start + warmupNanos + measureNanos);
        window.closed();
        for (Thread thread : threads) {
            thread.join();
        }
        int total = 0;
        Map<String, Long> errors = new HashMap<>();
        for (Worker worker : workers) {
            total += worker.count;
            worker.errors.forEach((kind, n) -> errors.merge(kind, n, Long::sum));
        }
        long[] all = new long[total];
        int at = 0;
        for (Worker worker : workers) {
            System.arraycopy(worker.nanos, 0, all, at, worker.count);
            at += worker.count;
        }
        return new LoadResult(scenario, connections, measureNanos / 1e9, LoadResult.sorted(all), errors, loadAverage());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One connection's loop. */
    private static final class Worker implements Runnable {
        private final int index;
        private final int port;
        private final Requests requests;
        private final long measureFrom;
        private final long measureUntil;
        private final Random random;
        private final Map<String, Long> errors = new HashMap<>();
        private long[] nanos = new long[16_384];
        private int count;

        Worker(int index, int port, Requests requests, long measureFrom, long measureUntil) {
            this.index = index;
            this.port = port;
            this.requests = requests;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.random = new Random(31L * index + 7);
        }

        @Override
        public void run() {
            try (HttpConnection connection = new HttpConnection(port)) {
                while (true) {
                    byte[] request = requests.next(index, random);
                    long sent = System.nanoTime();
                    if (sent >= measureUntil) {
                        return;
                    }
                    String failure = null;
                    try {
                        int status = connection.exchange(request);
                        if (!requests.succeeded(status)) {
                            failure = "HTTP " + status;
                        }
                    } catch (IOException | RuntimeException e) {
                        failure = e.getClass().getSimpleName();
                        connection.close();
                    }
                    long done = System.nanoTime();
                    if (sent >= measureFrom) {
                        if (failure != null) {
                            errors.merge(failure, 1L, Long::sum);
                        }
                        record(done - sent);
                    }
                }
            }
        }

        private void record(long latency) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
        }
    }
}
