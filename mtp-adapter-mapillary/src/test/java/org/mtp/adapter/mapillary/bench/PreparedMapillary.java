package org.mtp.adapter.mapillary.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.NoDelayServerSockets;

/**
 * A local Mapillary that answers an import of one N-image sequence from bodies prepared up front, so that serving costs
 * the same whether the real client or a plain GET asks: a map lookup and a copy, no state, no checks.
 */
final class PreparedMapillary implements AutoCloseable {

    static final String KEY = "synthSeqKeyBench000001";
    static final String TOKEN = "MLYsynthBenchToken0001";
    static final String FIELDS = "id,sequence,captured_at,geometry,compass_angle,is_pano,make,model,creator";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> bodies = new HashMap<>();
    private final List<HttpUrl> importUrls = new ArrayList<>();

    /** Serves an import of {@code images} images; every response waits {@code latency} before its headers. */
    PreparedMapillary(int images, int batchSize, Duration latency) throws IOException {
        long delayMillis = latency.toMillis();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = bodies.get(request.getTarget());
                return body == null
                        ? new MockResponse.Builder().code(404).body("{}").build()
                        : new MockResponse.Builder()
                                .setHeader("Content-Type", "application/json")
                                .body(body)
                                .headersDelay(delayMillis, TimeUnit.MILLISECONDS)
                                .build();
            }
        });
        server.start(0);
        prepare(images, batchSize);
    }

    private void prepare(int images, int batchSize) {
        add(
                server.url("/")
                        .newBuilder()
                        .addPathSegment("me")
                        .addQueryParameter("fields", "id,username")
                        .build(),
                FakeJson.write(Map.of("id", "100000000000001", "username", "synth_walker")));
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            ids.add(Map.of("id", id(i)));
        }
        add(
                server.url("/")
                        .newBuilder()
                        .addPathSegment("image_ids")
                        .addQueryParameter("sequence_id", KEY)
                        .build(),
                FakeJson.write(Map.of("data", ids)));
        for (int from = 0; from < images; from += batchSize) {
            List<String> batch = new ArrayList<>();
            Map<String, Object> body = new LinkedHashMap<>();
            for (int i = from; i < Math.min(images, from + batchSize); i++) {
                batch.add(id(i));
                body.put(id(i), image(i));
            }
            add(
                    server.url("/")
                            .newBuilder()
                            .addEncodedQueryParameter("ids", String.join(",", batch))
                            .addEncodedQueryParameter("fields", FIELDS)
                            .build(),
                    FakeJson.write(body));
        }
    }

    private void add(HttpUrl url, String body) {
        importUrls.add(url);
        bodies.put(url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()), body);
    }

    private static String id(int i) {
        return Long.toString(200000000000001L + i);
    }

    private static Map<String, Object> image(int i) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", id(i));
        image.put("sequence", KEY);
        image.put("captured_at", 1588320000000L + 1000L * i);
        image.put("geometry", Map.of("type", "Point", "coordinates", List.of(10.0 + i * 1e-5, 50.0 + i * 1e-5)));
        image.put("compass_angle", (i * 7) % 360 + 0.5);
        image.put("creator", Map.of("id", "100000000000001", "username", "synth_walker"));
        image.put("is_pano", false);
        image.put("make", "SynthCam");
        image.put("model", "S1");
        return image;
    }

    /** The URLs an import requests, in order: /me, /image_ids, then each multi-get. */
    List<HttpUrl> importUrls() {
        return List.copyOf(importUrls);
    }

    URI root() {
        return server.url("/").uri();
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.close();
    }
}
