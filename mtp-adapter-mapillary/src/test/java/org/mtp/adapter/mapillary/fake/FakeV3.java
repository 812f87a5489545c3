package org.mtp.adapter.mapillary.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** The fake legacy v3 API: /v3/me, /v3/sequences (Link-paged) and /v3/sequences/{key} as GeoJSON. */
final class FakeV3 {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final FakeMapillaryServer server;

    FakeV3(FakeMapillaryServer server) {
        this.server = server;
    }

    MockResponse handle(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        if (!FakeMapillaryServer.APP_ID.equals(url.queryParameter("client_id"))) {
            return server.reject(
                    request, "v3 call without client_id", FakeJson.v3Error(400, "fake: client_id required"));
        }
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return server.reject(
                    request, "v3 call without 'Authorization: Bearer'", FakeJson.v3Error(401, "Unauthorized"));
        }
        FakeState.User user =
                server.state.userOfToken(auth.substring("Bearer ".length()).strip());
        if (user == null) {
            return FakeJson.v3Error(401, "Unauthorized");
        }
        String path = url.encodedPath();
        if (path.equals("/v3/me")) {
            return FakeJson.json(
                    200,
                    Map.of(
                            "key",
                            user.id(),
                            "username",
                            user.username(),
                            "avatar",
                            "https://example.org/synth-avatar.png",
                            "created_at",
                            "2018-02-03T04:05:06.789Z"));
        }
        if (path.equals("/v3/sequences")) {
            return search(request);
        }
        if (path.startsWith("/v3/sequences/") && path.lastIndexOf('/') == "/v3/sequences".length()) {
            String key = path.substring("/v3/sequences/".length());
            if (server.state.sequence(key).isEmpty()) {
                return FakeJson.v3Error(404, "Not found");
            }
            return FakeJson.json(200, feature(key));
        }
        return FakeJson.v3Error(404, "Not found");
    }

    private MockResponse search(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String userKeys = url.queryParameter("userkeys");
        int perPage;
        try {
            perPage = url.queryParameter("per_page") == null ? 200 : Integer.parseInt(url.queryParameter("per_page"));
            time(url.queryParameter("start_time"), Instant.EPOCH);
            time(url.queryParameter("end_time"), Instant.EPOCH);
        } catch (NumberFormatException | DateTimeParseException e) {
            return server.reject(
                    request, "bad v3 search parameters", FakeJson.v3Error(400, "fake: invalid parameters"));
        }
        if (userKeys == null || perPage < 1 || perPage > 1000) {
            return server.reject(
                    request,
                    "v3 search without userkeys or with per_page " + perPage,
                    FakeJson.v3Error(400, "fake: userkeys and per_page 1..1000 required"));
        }
        Instant start = time(url.queryParameter("start_time"), Instant.EPOCH);
        Instant end = time(url.queryParameter("end_time"), Instant.parse("9999-01-01T00:00:00Z"));
        List<String> keys = new ArrayList<>();
        for (String key : server.state.sequenceKeys()) {
            List<FakeState.Image> images = server.state.sequence(key);
            boolean owned = List.of(userKeys.split(","))
                    .contains(images.get(0).creator().id());
            boolean inWindow = images.stream()
                    .anyMatch(i -> i.capturedAtMs() >= start.toEpochMilli() && i.capturedAtMs() < end.toEpochMilli());
            if (owned && inWindow) {
                keys.add(key);
            }
        }
        int from = from(url, keys);
        List<Object> features = new ArrayList<>();
        for (String key : keys.subList(Math.min(from, keys.size()), Math.min(keys.size(), from + perPage))) {
            features.add(feature(key));
        }
        MockResponse.Builder response = new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(FakeJson.write(Map.of("type", "FeatureCollection", "features", features)));
        List<String> links = new ArrayList<>();
        links.add("<" + pageUrl(url, keys, 0) + ">; rel=\"first\"");
        if (from > 0) {
            links.add("<" + pageUrl(url, keys, Math.max(0, from - perPage)) + ">; rel=\"prev\"");
        }
        if (from + perPage < keys.size()) {
            links.add("<" + pageUrl(url, keys, from + perPage) + ">; rel=\"next\"");
        }
        response.setHeader("Link", String.join(", ", links));
        return response.build();
    }

    /** The index of the first sequence of the requested page: by {@code page} or by the cursor. */
    private int from(HttpUrl url, List<String> keys) {
        int perPage = url.queryParameter("per_page") == null ? 200 : Integer.parseInt(url.queryParameter("per_page"));
        String cursor = url.queryParameter("_start_key_time");
        if (cursor != null) {
            long at = Long.parseLong(cursor);
            for (int i = 0; i < keys.size(); i++) {
                if (server.state.sequence(keys.get(i)).get(0).capturedAtMs() >= at) {
                    return i;
                }
            }
            return keys.size();
        }
        String page = url.queryParameter("page");
        return page == null ? 0 : (Integer.parseInt(page) - 1) * perPage;
    }

    private String pageUrl(HttpUrl url, List<String> keys, int from) {
        HttpUrl.Builder b =
                url.newBuilder().removeAllQueryParameters("page").removeAllQueryParameters("_start_key_time");
        int perPage = url.queryParameter("per_page") == null ? 200 : Integer.parseInt(url.queryParameter("per_page"));
        if (server.v3CursorPaging && from > 0 && from < keys.size()) {
            b.addQueryParameter(
                    "_start_key_time",
                    Long.toString(server.state.sequence(keys.get(from)).get(0).capturedAtMs()));
        } else {
            b.addQueryParameter("page", Integer.toString(from / perPage + 1));
        }
        return b.build().toString();
    }

    private Map<String, Object> feature(String key) {
        List<FakeState.Image> images = server.state.sequence(key);
        FakeState.Image first = images.get(0);
        List<Object> coordinates = new ArrayList<>();
        List<Object> cas = new ArrayList<>();
        List<Object> imageKeys = new ArrayList<>();
        for (FakeState.Image image : images) {
            coordinates.add(List.of(image.lon(), image.lat()));
            cas.add(image.compassAngle() == null ? 0.0 : image.compassAngle());
            imageKeys.add(image.id());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("camera_make", first.make());
        properties.put("captured_at", ISO_MILLIS.format(Instant.ofEpochMilli(first.capturedAtMs())));
        properties.put("created_at", ISO_MILLIS.format(server.state.createdAt(key)));
        properties.put("key", key);
        properties.put("pano", first.pano());
        properties.put("user_key", first.creator().id());
        properties.put("username", first.creator().username());
        properties.put("coordinateProperties", Map.of("cas", cas, "image_keys", imageKeys));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", Map.of("type", "LineString", "coordinates", coordinates));
        return feature;
    }

    private static Instant time(String text, Instant fallback) {
        if (text == null) {
            return fallback;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(text).toInstant();
    }
}
