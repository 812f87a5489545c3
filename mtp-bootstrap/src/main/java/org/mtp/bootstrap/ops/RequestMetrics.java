package org.mtp.bootstrap.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.mtp.adapter.http.system.HttpOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every finished request as a timer by method, route template and status, and writes one log line for it.
 * Only the route template is ever logged: never the raw path, the query string or a header, so no token can leak.
 */
public final class RequestMetrics implements HttpOperations.RequestObserver {

  private static final Logger LOG = LoggerFactory.getLogger("mtp.http");

  private final MeterRegistry registry;

  public RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void completed(String method, String route, int status, double millis) {
    Timer.builder("mtp_http_server_requests").description("HTTP requests by method, route and status")
        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
        .publishPercentileHistogram(false).register(registry)
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    LOG.info("{} {} {} {} ms", method, route, status, String.format(java.util.Locale.ROOT, "%.1f", millis));
  }
}
