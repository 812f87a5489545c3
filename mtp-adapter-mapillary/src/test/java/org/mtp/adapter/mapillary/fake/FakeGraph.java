package org.mtp.adapter.mapillary.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** The fake Graph API v4: token, /me, image search, /image_ids, multi-get, image entities and finish_upload. */
final class FakeGraph {

    static final int MAX_IDS = 50;
    static final Set<String> IMAGE_FIELDS = Set.of(
            "id",
            "captured_at",
            "geometry",
            "compass_angle",
            "sequence",
            "creator",
            "is_pano",
            "make",
            "model",
            "camera_type");
    private static final Set<String> FILE_TYPES =
            Set.of("zip", "mly_blackvue_video", "mly_camm_video", "mly_bundle_manifest");

    private final FakeMapillaryServer server;

    FakeGraph(FakeMapillaryServer server) {
        this.server = server;
    }

    MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !auth.startsWith("OAuth ")) {
            return server.reject(
                    request,
                    "Graph call without 'Authorization: OAuth <token>'",
                    FakeJson.graphError(
                            401,
                            190,
                            null,
                            "OAuthException",
                            "fake: an 'Authorization: OAuth <token>' header is required",
                            null));
        }
        String credential = auth.substring("OAuth ".length()).strip();
        if (path.equals("/token") && request.getMethod().equals("POST")) {
            return token(request, credential);
        }
        if (credential.equals(FakeMapillaryServer.APP_CLIENT_TOKEN)) {
            // The app's client token reads public entities only: there is no user behind it.
            return request.getMethod().equals("GET") && path.lastIndexOf('/') == 0 && path.length() > 1
                    ? entity(request, path.substring(1))
                    : FakeJson.graphError(400, 100, null, "OAuthException", "fake: a user token is required", null);
        }
        FakeState.User user = server.state.userOfToken(credential);
        if (user == null) {
            return FakeJson.invalidToken();
        }
        return switch (request.getMethod() + " " + path) {
            case "GET /me" -> me(request, user);
            case "GET /images" -> search(request, credential);
            case "GET /image_ids" -> imageIds(request, credential);
            case "GET /" -> multiGet(request);
            case "POST /finish_upload" -> finish(request);
            default ->
                request.getMethod().equals("GET") && path.lastIndexOf('/') == 0
                        ? entity(request, path.substring(1))
                        : FakeJson.graphError(400, 100, null, "MLYApiException", "Unsupported request " + path, null);
        };
    }

    private MockResponse token(RecordedRequest request, String credential) {
        if (!credential.equals(FakeMapillaryServer.APP_SECRET)) {
            return server.reject(
                    request,
                    "/token without the app secret",
                    FakeJson.graphError(
                            401, 190, null, "OAuthException", "fake: /token needs the client secret", null));
        }
        Map<String, String> form =
                form(request.getBody() == null ? "" : request.getBody().utf8());
        if (!FakeMapillaryServer.APP_ID.equals(form.get("client_id"))) {
            return server.reject(
                    request,
                    "/token without client_id",
                    FakeJson.graphError(400, 100, null, "OAuthException", "fake: client_id is required", null));
        }
        String userId;
        if ("authorization_code".equals(form.get("grant_type"))) {
            userId = server.state.codes.remove(form.getOrDefault("code", ""));
        } else if ("refresh_token".equals(form.get("grant_type"))) {
            String presented = form.getOrDefault("refresh_token", "");
            String byRefresh = server.state.refreshTokens.remove(presented);
            FakeState.User byAccess = server.state.userOfToken(presented);
            userId = byRefresh != null ? byRefresh : byAccess == null ? null : byAccess.id();
        } else {
            return server.reject(
                    request,
                    "/token with grant_type " + form.get("grant_type"),
                    FakeJson.graphError(400, 100, null, "OAuthException", "fake: unsupported grant_type", null));
        }
        if (userId == null) {
            return FakeJson.graphError(400, 190, null, "OAuthException", "Invalid verification code or token", null);
        }
        String access = "MLYfakeIssued" + (++server.state.issuedTokens);
        server.state.userIdByToken.put(access, userId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", access);
        body.put("token_type", "bearer");
        if (server.tokenLifetimeSeconds != null) {
            body.put("expires_in", server.tokenLifetimeSeconds);
        }
        if (server.issueRefreshTokens) {
            String refresh = "MLYfakeRefresh" + server.state.issuedTokens;
            server.state.refreshTokens.put(refresh, userId);
            body.put("refresh_token", refresh);
        }
        return FakeJson.json(200, body);
    }

    private MockResponse me(RecordedRequest request, FakeState.User user) {
        List<String> fields = fields(request);
        if (fields == null) {
            return missingFields(request);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        if (fields.contains("username")) {
            body.put("username", user.username());
        }
        return FakeJson.json(200, body);
    }

    private MockResponse search(RecordedRequest request, String token) {
        HttpUrl url = request.getUrl();
        List<String> fields = fields(request);
        if (fields == null) {
            return missingFields(request);
        }
        if (!IMAGE_FIELDS.containsAll(fields)) {
            return server.reject(request, "unknown fields " + fields, unknownField(fields));
        }
        String creator = url.queryParameter("creator_username");
        if (creator == null) {
            return server.reject(
                    request,
                    "search without creator_username",
                    FakeJson.graphError(
                            400, 100, null, "MLYApiException", "fake: only creator_username searches", null));
        }
        Instant start;
        Instant end;
        try {
            start = iso(url.queryParameter("start_captured_at"), Instant.EPOCH);
            end = iso(url.queryParameter("end_captured_at"), Instant.parse("9999-01-01T00:00:00Z"));
        } catch (DateTimeParseException e) {
            return server.reject(
                    request,
                    "unparseable capture time",
                    FakeJson.graphError(400, 100, null, "MLYApiException", "fake: bad start/end_captured_at", null));
        }
        int limit;
        try {
            limit = Integer.parseInt(url.queryParameter("limit") == null ? "2000" : url.queryParameter("limit"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > server.maxSearchLimit) {
            return server.reject(
                    request,
                    "limit " + url.queryParameter("limit") + " above " + server.maxSearchLimit,
                    FakeJson.graphError(
                            400,
                            100,
                            null,
                            "MLYApiException",
                            "fake: limit must be between 1 and " + server.maxSearchLimit,
                            null));
        }
        // Both bounds inclusive: the harder of the two possibilities the documentation leaves open.
        List<FakeState.Image> found = server.state.images.values().stream()
                .filter(i -> i.creator().username().equals(creator))
                .filter(i -> i.capturedAtMs() >= start.toEpochMilli() && i.capturedAtMs() <= end.toEpochMilli())
                .sorted(Comparator.comparingLong(FakeState.Image::capturedAtMs).thenComparing(FakeState.Image::id))
                .toList();
        int offset = server.searchPaging ? cursor(url.queryParameter("after")) : 0;
        List<FakeState.Image> page =
                found.subList(Math.min(offset, found.size()), Math.min(found.size(), offset + limit));
        List<Object> data = new ArrayList<>();
        for (FakeState.Image image : page) {
            data.add(image(image, fields));
            if (server.duplicateSearchResults) {
                data.add(image(image, fields));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        if (server.searchPaging && offset + limit < found.size()) {
            String after = encodeCursor(offset + limit);
            // Graph next links carry the token as a query parameter; the client must keep it out of its logs.
            String next = url.newBuilder()
                    .setQueryParameter("after", after)
                    .setQueryParameter("access_token", token)
                    .build()
                    .toString();
            body.put("paging", Map.of("cursors", Map.of("before", encodeCursor(offset), "after", after), "next", next));
        }
        return FakeJson.json(200, body);
    }

    private MockResponse imageIds(RecordedRequest request, String token) {
        HttpUrl url = request.getUrl();
        String sequence = url.queryParameter("sequence_id");
        if (sequence == null) {
            return server.reject(
                    request,
                    "/image_ids without sequence_id",
                    FakeJson.graphError(400, 100, null, "MLYApiException", "fake: sequence_id is required", null));
        }
        List<String> ids = server.state.sequence(sequence).stream()
                .map(FakeState.Image::id)
                .toList();
        int size = server.imageIdsPageSize > 0 ? server.imageIdsPageSize : Math.max(ids.size(), 1);
        int offset = cursor(url.queryParameter("after"));
        List<Object> data = new ArrayList<>();
        for (String id : ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + size))) {
            data.add(Map.of("id", id));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        if (offset + size < ids.size()) {
            body.put(
                    "paging",
                    Map.of(
                            "next",
                            url.newBuilder()
                                    .setQueryParameter("after", encodeCursor(offset + size))
                                    .setQueryParameter("access_token", token)
                                    .build()
                                    .toString()));
        }
        return FakeJson.json(200, body);
    }

    private MockResponse multiGet(RecordedRequest request) {
        List<String> fields = fields(request);
        if (fields == null) {
            return missingFields(request);
        }
        if (!IMAGE_FIELDS.containsAll(fields)) {
            return server.reject(request, "unknown fields " + fields, unknownField(fields));
        }
        String idsParam = request.getUrl().queryParameter("ids");
        if (idsParam == null || idsParam.isBlank()) {
            return server.reject(
                    request,
                    "GET / without ids",
                    FakeJson.graphError(400, 100, null, "MLYApiException", "fake: ids is required", null));
        }
        List<String> ids = Arrays.asList(idsParam.split(","));
        if (ids.size() > MAX_IDS) {
            return server.reject(
                    request,
                    "multi-get of " + ids.size() + " ids, above " + MAX_IDS,
                    FakeJson.graphError(
                            400,
                            100,
                            null,
                            "MLYApiException",
                            "fake: at most " + MAX_IDS + " ids per request, got " + ids.size(),
                            null));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String id : ids) {
            FakeState.Image image = server.state.images.get(id);
            if (image == null) {
                return FakeJson.unknownObject(id);
            }
            body.put(id, image(image, fields));
        }
        return FakeJson.json(200, body);
    }

    private MockResponse entity(RecordedRequest request, String id) {
        List<String> fields = fields(request);
        if (fields == null) {
            return missingFields(request);
        }
        FakeState.Image image = server.state.images.get(id);
        return image == null ? FakeJson.unknownObject(id) : FakeJson.json(200, image(image, fields));
    }

    private MockResponse finish(RecordedRequest request) {
        Map<String, Object> body = FakeJson.readObject(
                request.getBody() == null ? "" : request.getBody().utf8());
        if (body == null
                || !(body.get("file_handle") instanceof String handle)
                || !FILE_TYPES.contains(body.get("file_type"))) {
            return server.reject(
                    request,
                    "finish_upload without file_handle or a known file_type",
                    FakeJson.graphError(
                            400, 100, null, "MLYApiException", "fake: file_handle and file_type required", null));
        }
        if (!server.state.handles.containsKey(handle)) {
            return FakeJson.graphError(400, 100, 33, "MLYApiException", "fake: unknown file handle", null);
        }
        server.state.finishedHandles.add(handle);
        return FakeJson.json(200, Map.of("cluster_id", "30000000000000" + (++server.state.clusters)));
    }

    private Map<String, Object> image(FakeState.Image image, List<String> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", image.id());
        for (String field : fields) {
            switch (field) {
                case "captured_at" -> json.put("captured_at", image.capturedAtMs());
                case "geometry" ->
                    json.put("geometry", Map.of("type", "Point", "coordinates", List.of(image.lon(), image.lat())));
                case "compass_angle" -> {
                    if (image.compassAngle() != null) {
                        json.put("compass_angle", image.compassAngle());
                    }
                }
                case "sequence" -> json.put("sequence", image.sequence());
                case "creator" ->
                    json.put(
                            "creator",
                            Map.of(
                                    "id",
                                    image.creator().id(),
                                    "username",
                                    image.creator().username()));
                case "is_pano" -> json.put("is_pano", image.pano());
                case "make" -> json.put("make", image.make());
                case "model" -> json.put("model", image.model());
                case "camera_type" -> json.put("camera_type", image.pano() ? "spherical" : "perspective");
                case "thumb_256_url" ->
                    json.put(
                            "thumb_256_url",
                            server.url("/cdn/thumb256/" + image.id() + ".jpg?sig=" + (++server.state.signedUrls)
                                    + "&exp=1700000000"));
                default -> {}
            }
        }
        if (server.unknownFields) {
            json.put("merge_cc", 3.0e9);
            json.put(
                    "thumb_1024_url", "https://cdn.example/" + image.id() + ".jpg?sig=" + System.nanoTime() + "&exp=1");
            json.put("computed_rotation", List.of(0.1, 0.2, 0.3));
        }
        return json;
    }

    private MockResponse missingFields(RecordedRequest request) {
        return server.reject(
                request,
                "call without 'fields'",
                FakeJson.graphError(
                        400, 100, null, "MLYApiException", "fake: ask for fields explicitly with ?fields=", null));
    }

    private static MockResponse unknownField(List<String> fields) {
        return FakeJson.graphError(400, 100, null, "MLYApiException", "fake: unknown field in " + fields, null);
    }

    private static List<String> fields(RecordedRequest request) {
        String fields = request.getUrl().queryParameter("fields");
        return fields == null || fields.isBlank() ? null : Arrays.asList(fields.split(","));
    }

    private static Instant iso(String text, Instant fallback) {
        return text == null ? fallback : OffsetDateTime.parse(text).toInstant();
    }

    private static int cursor(String after) {
        if (after == null) {
            return 0;
        }
        return Integer.parseInt(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8));
    }

    private static String encodeCursor(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Integer.toString(offset).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return form;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
