package org.mtp.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark: the service's own time per request, read from its {@code /metrics} histogram
 * ({@code mtp_http_server_requests_seconds_bucket}) for one method and route template, summed over the statuses. Two
 * scrapes bracket a scenario; the percentiles of the window come from the buckets' differences, interpolated linearly
 * inside the bucket as Prometheus's {@code histogram_quantile} does (so they are estimates, exact only to the bucket).
 */
final class ServiceTimes {

    private static final Pattern BUCKET =
            Pattern.compile("^mtp_http_server_requests_seconds_bucket\\{(.*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String method;
    private final String route;

    ServiceTimes(int port, String method, String route) {
        this.port = port;
        this.method = method;
        this.route = route;
    }

    /** Cumulative request counts by upper bound in seconds (the last one +Inf), at this moment. */
    Snapshot scrape() {
        try {
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<Double, Double> cumulative = new TreeMap<>();
            Matcher line = BUCKET.matcher(metrics.body());
            while (line.find()) {
                Map<String, String> labels = labels(line.group(1));
                if (method.equals(labels.get("method")) && route.equals(labels.get("route"))) {
                    String le = labels.get("le");
                    double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                    cumulative.merge(bound, Double.parseDouble(line.group(2)), Double::sum);
                }
            }
            return new Snapshot(cumulative);
        } catch (IOException e) {
            throw new IllegalStateException("reading /metrics failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading /metrics", e);
        }
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return labels;
    }

    /** One scrape's cumulative bucket counts for the route. */
    record Snapshot(Map<Double, Double> cumulative) {

        /**
         * The {@code q} quantile (0..1) in milliseconds of the requests counted between {@code before} and this
         * snapshot; NaN when there were none. Above the last finite bound it answers that bound, as Prometheus does.
         */
        double quantileMsSince(Snapshot before, double q) {
            double total = delta(before, Double.POSITIVE_INFINITY);
            if (total <= 0) {
                return Double.NaN;
            }
            double rank = q * total;
            double lowerBound = 0;
            double lowerCount = 0;
            for (double bound : cumulative.keySet()) {
                double count = delta(before, bound);
                if (count >= rank) {
                    if (Double.isInfinite(bound)) {
                        return lowerBound * 1000;
                    }
                    double inBucket = count - lowerCount;
                    double fraction = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                    return (lowerBound + (bound - lowerBound) * fraction) * 1000;
                }
                lowerBound = bound;
                lowerCount = count;
            }
            return Double.NaN;
        }

        /** Requests counted between the snapshots. */
        long countSince(Snapshot before) {
            return Math.round(delta(before, Double.POSITIVE_INFINITY));
        }

        private double delta(Snapshot before, double bound) {
            return cumulative.getOrDefault(bound, 0.0) - before.cumulative.getOrDefault(bound, 0.0);
        }
    }
}
