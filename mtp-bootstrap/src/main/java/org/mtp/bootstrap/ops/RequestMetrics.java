package org.mtp.bootstrap.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.DoubleStream;
import org.mtp.adapter.http.system.HttpOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every finished request as a timer (a histogram) by method, route template and status, and writes one log line
 * for it. Only the route template is ever logged: never the raw path, the query string or a header, so no token can
 * leak.
 */
public final class RequestMetrics implements HttpOperations.RequestObserver {

    private static final Logger LOG = LoggerFactory.getLogger("mtp.http");

    /**
     * Fixed bucket bounds, so the timer is a Prometheus histogram from which any window's percentiles can be read (by
     * {@code histogram_quantile} or the load benchmark's bucket deltas); 20 bounds keep the text small beside the ~70
     * of Micrometer's percentile histogram, and are dense where pages and API answers fall (1 to 200 ms).
     */
    private static final Duration[] BUCKETS = DoubleStream.of(
                    0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 500, 1000, 2500)
            .mapToObj(ms -> Duration.ofNanos(Math.round(ms * 1_000_000)))
            .toArray(Duration[]::new);

    private final MeterRegistry registry;
    /**
     * The timers already registered, so a request costs one map lookup rather than a builder, its tags and the
     * registry's own lookup. Bounded: routes are templates, so methods x routes x statuses is a small finite set.
     */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void completed(String method, String route, int status, double millis) {
        timers.computeIfAbsent(
                        method + ' ' + route + ' ' + status,
                        key -> Timer.builder("mtp_http_server_requests")
                                .description("HTTP requests by method, route and status")
                                .tag("method", method)
                                .tag("route", route)
                                .tag("status", Integer.toString(status))
                                .publishPercentileHistogram(false)
                                .serviceLevelObjectives(BUCKETS)
                                .register(registry))
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        // one decimal by rounding, not String.format, which would run on every request even with the log switched off
        LOG.info("{} {} {} {} ms", method, route, status, Math.round(millis * 10) / 10.0);
    }
}
