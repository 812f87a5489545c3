package org.mtp.benchmarks.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Load benchmark: what one answer of the home map's data request weighs, as a browser receives it (asked with
 * {@code Accept-Encoding: gzip}) and how many GeoJSON features it carries; a body the service sent uncompressed is
 * compressed here, so the figure is always the gzip size.
 */
final class MapAnswers {

    /** One answer: its status, its size uncompressed and gzip-compressed, and its feature count. */
    record Size(int status, int bytes, int gzipBytes, int features, boolean sentCompressed) {}

    private static final Pattern FEATURE = Pattern.compile("\"type\"\\s*:\\s*\"Feature\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    MapAnswers(int port) {
        this.port = port;
    }

    Size of(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Accept", "application/geo+json, application/json")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean compressed = answer.headers()
                    .firstValue("Content-Encoding")
                    .map("gzip"::equalsIgnoreCase)
                    .orElse(false);
            byte[] body = compressed ? gunzip(answer.body()) : answer.body();
            int gzipBytes = compressed ? answer.body().length : gzip(body).length;
            String text = new String(body, StandardCharsets.UTF_8);
            return new Size(answer.statusCode(), body.length, gzipBytes, features(text), compressed);
        } catch (IOException e) {
            throw new IllegalStateException("reading " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + pathAndQuery, e);
        }
    }

    /** Counts {@code "type":"Feature"} members, spaces around the colon allowed; the collection's own is not one. */
    static int features(String geoJson) {
        Matcher feature = FEATURE.matcher(geoJson);
        int count = 0;
        while (feature.find()) {
            count++;
        }
        return count;
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}
