package org.mtp.adapter.http.system;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the operations routes and hooks need from the process: whether its dependencies are reachable (readiness), the
 * metrics text a Prometheus scrape receives, an observer told of every finished request, and how long a stop waits for
 * in-flight requests.
 */
public record HttpOperations(
        BooleanSupplier ready, Supplier<String> metrics, RequestObserver observer, Duration shutdownGrace) {

    public HttpOperations {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /** For an embedded API with nothing to check or measure: always ready, an empty scrape, nobody observing. */
    public static HttpOperations standalone() {
        return new HttpOperations(() -> true, () -> "", RequestObserver.NONE, Duration.ofSeconds(5));
    }

    /** Told of each finished request; {@code route} is the matched path template, never the raw path or query. */
    @FunctionalInterface
    public interface RequestObserver {
        RequestObserver NONE = (method, route, status, millis) -> {};

        void completed(String method, String route, int status, double millis);
    }
}
