package org.mtp.bootstrap.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.mtp.adapter.http.system.HttpOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every finished request as a timer by method, route template and status, and writes one log line for it. Only
 * the route template is ever logged: never the raw path, the query string or a header, so no token can leak.
 */
public final class RequestMetrics implements HttpOperations.RequestObserver {

    private static final Logger LOG = LoggerFactory.getLogger("mtp.http");

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
                                .register(registry))
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        // one decimal by rounding, not String.format, which would run on every request even with the log switched off
        LOG.info("{} {} {} {} ms", method, route, status, Math.round(millis * 10) / 10.0);
    }
}
