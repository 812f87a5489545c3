package org.mtp.adapter.mapillary.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.mtp.adapter.mapillary.MapillaryClients;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.Jitter;
import org.mtp.adapter.mapillary.http.Sleeper;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.slf4j.LoggerFactory;

/**
 * Benchmark harness (not a test): imports sequences of 10, 1,000 and 5,000 images (token check + fetch) through the
 * real v4 client against a local server with prepared bodies, counts the requests, and times the import against plain
 * sequential OkHttp GETs of the same URLs and bodies in the same run. The client runs twice, at its default number of
 * multi-gets in flight and at one, interleaved round by round with the plain GETs; it reports medians of wall time and
 * the mean of the process's CPU time (which shifts less when other work shares the machine), and the ratio of the best
 * rounds. It warms every path up first, then runs on the bare local link and with 5 ms added before each response, a
 * fast network (Mapillary's own round trips are longer). Prints one line per size, with the request count of both
 * clients checked against {@code 1 + 1 + ceil(N / 50)}, and fails when a count is wrong. Run: {@code mvn -B -q -o -pl
 * mtp-adapter-mapillary -am process-test-classes -Pmapillary-benchmark}.
 */
public final class ImportBenchmark {

    private static final int BATCH = 50;
    private static final int DEFAULT_IN_FLIGHT = MapillaryConfig.defaults().imageBatchesInFlight();

    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        // Debug request lines would be timed too; the test logging configuration (logback-test.xml) turns them on.
        ((Logger) LoggerFactory.getLogger("org.mtp.adapter.mapillary")).setLevel(Level.WARN);
        // Rounds per size scale with how short an import is, so that each row rests on seconds of samples, not on a few
        // rounds a single scheduler hiccup can move: 10 images take about 1 ms, 5,000 about 30 ms.
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        System.out.printf(
                Locale.ROOT,
                "load average at start: %.2f; client N = %d multi-gets in flight (default), "
                        + "client 1 = one at a time; plain = sequential GETs%n",
                loadAverage(),
                DEFAULT_IN_FLIGHT);
        // JIT warm-up of every path before any row, so that the first (smallest) size is not measured half-compiled.
        boolean countsRight = run(1_000, rounds(1_000, scale), Duration.ZERO, false);
        for (Duration latency : new Duration[] {Duration.ZERO, Duration.ofMillis(5)}) {
            System.out.printf(
                    Locale.ROOT,
                    "%nlatency per response: %d ms (medians of wall ms, means of cpu ms)%n",
                    latency.toMillis());
            System.out.printf(
                    Locale.ROOT,
                    "%-6s %-6s %-8s %-8s %-6s %-9s %-9s %-9s %-7s %-7s %-7s %-7s %-6s %-6s %-6s%n",
                    "images",
                    "rounds",
                    "requests",
                    "expected",
                    "count",
                    "client N",
                    "client 1",
                    "plain",
                    "N/plain",
                    "1/plain",
                    "min N/p",
                    "min 1/p",
                    "cpu N",
                    "cpu 1",
                    "cpu p");
            for (int images : new int[] {10, 1_000, 5_000}) {
                // With 5 ms per response every import is network-bound and steady; a tenth of the rounds is plenty.
                int sizeRounds = rounds(images, latency.isZero() ? scale : scale / 10);
                countsRight &= run(images, sizeRounds, latency, true);
            }
        }
        System.out.printf(Locale.ROOT, "%nload average at end: %.2f%n", loadAverage());
        if (!countsRight) {
            throw new IllegalStateException("an import did not make 1 + 1 + ceil(N / " + BATCH + ") requests");
        }
    }

    /** About 2,000 rounds of a 10-image import, 200 of 1,000 images, 80 of 5,000 at scale 1; never fewer than 5. */
    private static int rounds(int images, double scale) {
        int base = images <= 10 ? 2_001 : images <= 1_000 ? 201 : 81;
        return Math.max(5, (int) Math.round(base * scale) | 1);
    }

    private static boolean run(int images, int rounds, Duration latency, boolean print) throws IOException {
        MapillaryConfig config = MapillaryConfig.defaults().withBatchSize(BATCH);
        try (PreparedMapillary server = new PreparedMapillary(images, BATCH, latency);
                MapillaryClients many = clients(config.pointedAt(server.root()));
                MapillaryClients one = clients(config.pointedAt(server.root()).withImageBatchesInFlight(1))) {
            OkHttpClient plain = new OkHttpClient.Builder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(Duration.ofSeconds(30))
                    .callTimeout(Duration.ofSeconds(60))
                    .build();
            int before = server.requestCount();
            importOnce(many.gateway(), images);
            int requestsMany = server.requestCount() - before;
            before = server.requestCount();
            importOnce(one.gateway(), images);
            int requestsOne = server.requestCount() - before;
            Timings manyTimes = new Timings();
            Timings oneTimes = new Timings();
            Timings plainTimes = new Timings();
            for (int i = 0; i < rounds; i++) {
                importOnce(many.gateway(), images);
                importOnce(one.gateway(), images);
                plainGets(plain, server.importUrls());
            }
            for (int i = 0; i < rounds; i++) {
                manyTimes.measure(() -> importOnce(many.gateway(), images));
                oneTimes.measure(() -> importOnce(one.gateway(), images));
                plainTimes.measure(() -> plainGets(plain, server.importUrls()));
            }
            plain.dispatcher().executorService().shutdown();
            plain.connectionPool().evictAll();
            int expected = 1 + 1 + (images + BATCH - 1) / BATCH;
            boolean countRight = requestsMany == expected && requestsOne == expected;
            if (print) {
                System.out.printf(
                        Locale.ROOT,
                        "%-6d %-6d %-8s %-8d %-6s %-9.2f %-9.2f %-9.2f %-7.3f %-7.3f %-7.3f %-7.3f %-6.1f %-6.1f %-6.1f%n",
                        images,
                        rounds,
                        requestsMany + "/" + requestsOne,
                        expected,
                        countRight ? "ok" : "WRONG",
                        manyTimes.medianMs(),
                        oneTimes.medianMs(),
                        plainTimes.medianMs(),
                        manyTimes.medianMs() / plainTimes.medianMs(),
                        oneTimes.medianMs() / plainTimes.medianMs(),
                        manyTimes.minMs() / plainTimes.minMs(),
                        oneTimes.minMs() / plainTimes.minMs(),
                        manyTimes.meanCpuMs(),
                        oneTimes.meanCpuMs(),
                        plainTimes.meanCpuMs());
            }
            return countRight;
        }
    }

    private static MapillaryClients clients(MapillaryConfig config) {
        return MapillaryClients.create(config, Clock.systemUTC(), Sleeper.system(), Jitter.random());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void importOnce(MapillaryGateway gateway, int images) {
        MapillaryToken token = MapillaryToken.of(PreparedMapillary.TOKEN);
        gateway.verifyToken(token);
        MapillarySequence sequence = gateway.fetchSequence(token, MapillarySequenceKey.of(PreparedMapillary.KEY));
        if (sequence.photos().size() != images) {
            throw new IllegalStateException("imported " + sequence.photos().size() + " of " + images + " photos");
        }
    }

    private static void plainGets(OkHttpClient plain, List<HttpUrl> urls) {
        for (HttpUrl url : urls) {
            Request request = new Request.Builder()
                    .url(url)
                    .header("Authorization", "OAuth " + PreparedMapillary.TOKEN)
                    .build();
            try (Response response = plain.newCall(request).execute()) {
                if (!response.isSuccessful() || response.body().string().isEmpty()) {
                    throw new IllegalStateException("plain GET failed: " + response.code());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Wall and process CPU time of each measured round of one side. */
    private static final class Timings {
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        void measure(Runnable work) {
            long cpuStart = processCpu();
            long start = System.nanoTime();
            work.run();
            wall.add(System.nanoTime() - start);
            cpu.add(processCpu() - cpuStart);
        }

        double medianMs() {
            List<Long> sorted = new ArrayList<>(wall);
            Collections.sort(sorted);
            int n = sorted.size();
            return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
        }

        /** The best round: what each side does when the machine's other work leaves it alone. */
        double minMs() {
            return Collections.min(wall) / 1e6;
        }

        /** The mean: the process CPU clock ticks in 10 ms steps here, too coarse for a median of small values. */
        double meanCpuMs() {
            return cpu.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }

        /**
         * CPU time of the whole process (client, server and OkHttp threads), less sensitive to other load than wall.
         */
        private static long processCpu() {
            return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
