package org.mtp.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * The {@code check} command's question to a freshly started service: what does {@code GET /health/ready} answer? It
 * goes over HTTP, as a load balancer's probe would, so that the check covers the listener and the routes too.
 */
final class ReadinessCheck {

    static final String READY = "ready";

    private static final int TIMEOUT_MS = 5_000;
    private static final long PAUSE_MS = 200;

    private ReadinessCheck() {}

    /**
     * Asks until the answer is 200 or {@code patience} has passed; returns {@link #READY} or why not, in a few words.
     */
    static String await(String host, int port, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        String verdict;
        do {
            try {
                int status = status(host, port);
                if (status == 200) {
                    return READY;
                }
                verdict = "not ready (GET /health/ready answered " + status + ")";
            } catch (IOException e) {
                verdict = "not ready (GET /health/ready failed: " + e.getMessage() + ")";
            }
        } while (System.nanoTime() < deadline && pause());
        return verdict;
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE_MS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The status code of {@code /health/ready} on the service listening on {@code host:port}. */
    private static int status(String host, int port) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create("http://" + reachable(host) + ":" + port + "/health/ready")
                        .toURL()
                        .openConnection();
        connection.setConnectTimeout(TIMEOUT_MS);
        connection.setReadTimeout(TIMEOUT_MS);
        try {
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } finally {
            connection.disconnect();
        }
    }

    /** A wildcard listen address is reached over loopback; IPv6 literals need brackets in a URL. */
    private static String reachable(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
