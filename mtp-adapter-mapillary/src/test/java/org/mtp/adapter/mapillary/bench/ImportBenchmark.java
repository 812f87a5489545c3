package org.mtp.adapter.mapillary.bench;

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
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryToken;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;

/**
 * Benchmark harness (not a test): imports sequences of 10, 1,000 and 5,000 images (token check + fetch) through the
 * real v4 client against a local server with prepared bodies, counts the requests, and times the import against plain
 * OkHttp GETs of the same URLs and bodies in the same run, interleaved round by round, as medians of wall time and
 * the mean of the process's CPU time (which shifts less when other work shares the machine). It runs twice: on the
 * bare local link, and with 5 ms added before each response, a fast network (Mapillary's own round trips are
 * longer), where the client's one-deep pipelining hides its parsing. Prints one line per size and
 * fails when the request count is not {@code 1 + 1 + ceil(N / 50)}.
 * Run: {@code mvn -B -q -o -pl mtp-adapter-mapillary -am process-test-classes -Pmapillary-benchmark}.
 */
public final class ImportBenchmark {

  private static final int BATCH = 50;

  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    // Debug request lines would be timed too; the test logging configuration turns them on.
    System.setProperty("org.slf4j.simpleLogger.log.org.mtp.adapter.mapillary", "warn");
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    boolean countsRight = true;
    for (Duration latency : new Duration[] {Duration.ZERO, Duration.ofMillis(5)}) {
      int scenarioRounds = latency.isZero() ? rounds : Math.max(5, rounds / 4);
      System.out.printf(Locale.ROOT, "%nlatency per response: %d ms, %d rounds (medians)%n", latency.toMillis(),
          scenarioRounds);
      System.out.printf(Locale.ROOT, "%-7s %-9s %-9s %-10s %-10s %-7s %-11s %-11s %-7s%n", "images", "requests",
          "expected", "client ms", "plain ms", "ratio", "client cpu", "plain cpu", "ratio");
      for (int images : new int[] {10, 1_000, 5_000}) {
        countsRight &= run(images, scenarioRounds, latency);
      }
    }
    if (!countsRight) {
      throw new IllegalStateException("an import did not make 1 + 1 + ceil(N / " + BATCH + ") requests");
    }
  }

  private static boolean run(int images, int rounds, Duration latency) throws IOException {
    try (PreparedMapillary server = new PreparedMapillary(images, BATCH, latency);
        MapillaryClients clients = MapillaryClients.create(
            MapillaryConfig.defaults().pointedAt(server.root()).withBatchSize(BATCH), Clock.systemUTC(),
            Sleeper.system(), Jitter.random())) {
      OkHttpClient plain = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
      MapillaryGateway gateway = clients.gateway();
      int before = server.requestCount();
      importOnce(gateway, images);
      int requests = server.requestCount() - before;
      for (int i = 0; i < rounds; i++) {
        importOnce(gateway, images);
        plainGets(plain, server.importUrls());
      }
      List<Long> client = new ArrayList<>();
      List<Long> plainTimes = new ArrayList<>();
      List<Long> clientCpu = new ArrayList<>();
      List<Long> plainCpu = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        long cpu = processCpu();
        client.add(time(() -> importOnce(gateway, images)));
        clientCpu.add(processCpu() - cpu);
        cpu = processCpu();
        plainTimes.add(time(() -> plainGets(plain, server.importUrls())));
        plainCpu.add(processCpu() - cpu);
      }
      plain.dispatcher().executorService().shutdown();
      plain.connectionPool().evictAll();
      int expected = 1 + 1 + (images + BATCH - 1) / BATCH;
      double clientMs = median(client) / 1e6;
      double plainMs = median(plainTimes) / 1e6;
      double clientCpuMs = mean(clientCpu) / 1e6;
      double plainCpuMs = mean(plainCpu) / 1e6;
      String cpuRatio = plainCpuMs > 0 ? String.format(Locale.ROOT, "%.3f", clientCpuMs / plainCpuMs) : "n/a";
      System.out.printf(Locale.ROOT, "%-7d %-9d %-9d %-10.2f %-10.2f %-7.3f %-11.2f %-11.2f %-7s%n", images,
          requests, expected, clientMs, plainMs, clientMs / plainMs, clientCpuMs, plainCpuMs, cpuRatio);
      return requests == expected;
    }
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
      Request request = new Request.Builder().url(url).header("Authorization", "OAuth " + PreparedMapillary.TOKEN)
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

  /** CPU time of the whole process (client, server and OkHttp threads), less sensitive to other load than wall time. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  /** The mean: the process CPU clock ticks in 10 ms steps here, too coarse for a median of small values. */
  private static double mean(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).average().orElse(0);
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
