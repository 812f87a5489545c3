package org.mtp.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.bootstrap.testing.RawExchange;

/**
 * Hostile-input corpus over every route of the served OpenAPI document against the real service on H2: malformed,
 * oversized and out-of-range requests answer a 4xx error body in the route's error style and never a 5xx, and leave
 * every table exactly as it was; hostile free text is stored and returned verbatim, escaped in HTML.
 */
class HostileInputCorpusTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.ofServedDocument();
    private static final int BODY_LIMIT = 1024 * 1024;
    private static final List<String> GARBAGE_IDS = List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "not-a-uuid",
            "%27%3B%20DROP%20TABLE%20sequences%3B%20--",
            "%00",
            "a".repeat(4000),
            "00000000-0000-0000-0000-000000000000",
            "%F0%9F%98%80",
            "%FF%FE",
            "1e9",
            "b".repeat(9000));

    @TempDir
    static Path data;

    private static HostileWorld world;

    @BeforeAll
    static void start() {
        world = new HostileWorld(data);
    }

    @AfterAll
    static void stop() {
        if (world != null) {
            world.close();
        }
    }

    /** One hostile request. */
    private record Hostile(String operation, String method, String target, List<String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = new String(body, 0, Math.min(body.length, 120), StandardCharsets.ISO_8859_1);
            return method + " " + (target.length() > 160 ? target.substring(0, 160) + "…" : target) + " [" + operation
                    + "] body(" + body.length + "): " + shown;
        }
    }

    @Test
    void everyHostileRequestIsRefusedWithA4xxErrorBodyAndChangesNothing() {
        List<Hostile> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        Map<String, List<String>> before = world.snapshot();
        List<String> failures = new ArrayList<>();
        for (Hostile hostile : corpus) {
            RawExchange.Answer answer;
            try {
                answer = world.raw(hostile.method(), hostile.target(), hostile.headers(), hostile.body());
            } catch (RuntimeException e) {
                failures.add(hostile + " -> no answer: " + e);
                continue;
            }
            String problem = judge(hostile, answer);
            if (problem != null) {
                failures.add(hostile + " -> " + answer.status() + " " + answer.contentType() + ": " + problem + " | "
                        + abbreviate(answer.body()));
            }
        }
        assertThat(failures).as("%d hostile requests", corpus.size()).isEmpty();
        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void everyRouteOfTheDocumentIsInTheCorpus() {
        Set<String> covered = new TreeSet<>();
        corpus().forEach(h -> covered.add(h.operation()));
        Set<String> expected = new TreeSet<>(CONTRACT.operations());
        expected.removeAll(Set.of(
                "GET /health/live",
                "GET /health/ready",
                "GET /metrics",
                "GET /api/v1/openapi.json",
                "GET /accounts/check-mtpu-mapillary-oauth",
                "GET /accounts/check-mtpu-google-oauth",
                "GET /exchange_token",
                "GET /api/v1/transport-types",
                "GET /api/v1/me",
                "GET /api/v1/mapillary/connect"));
        assertThat(covered).containsAll(expected);
    }

    @Test
    void hostileFreeTextIsStoredVerbatimReturnedVerbatimAndFoundOnlyByItself() {
        ApiClient api = world.api;
        List<String> texts = List.of(
                "'; DROP TABLE sequences; --",
                "<script>alert(1)</script>",
                "Robert'); DELETE FROM users WHERE ('1'='1",
                "\uD83D\uDEB4\u200D\u2640\uFE0F ride \uD83C\uDF0D",
                "\u0645\u0633\u0627\u0631 \u0627\u0644\u062F\u0631\u0627\u062C\u0629 \u202Eevil",
                "100% _under_score_ \\ back\"slash");
        Map<String, String> ids = new LinkedHashMap<>();
        for (String text : texts) {
            String id = api.post("/api/v1/sequence/create")
                    .bearer(world.alice)
                    .json("{\"name\":" + jsonString(text) + ",\"description\":" + jsonString(text)
                            + ",\"transport_type\":\"Bicycle\",\"tags\":[\"x\"]}")
                    .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
                    .text("unique_id");
            ids.put(text, id);
        }
        for (Map.Entry<String, String> entry : ids.entrySet()) {
            ApiResponse read = api.get("/api/v1/sequences/" + entry.getValue())
                    .bearer(world.alice)
                    .send();
            assertThat(read.text("name")).isEqualTo(entry.getKey());
            assertThat(read.text("description")).isEqualTo(entry.getKey());
            ApiResponse found = api.get("/api/v1/sequences?status=draft&limit=100&name="
                            + URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
                    .bearer(world.alice)
                    .send();
            assertThat(found.column("unique_id", "items")).as(entry.getKey()).containsExactly(entry.getValue());
        }
        String tour = api.post("/api/v1/tours")
                .bearer(world.alice)
                .json("{\"name\":" + jsonString(texts.get(1)) + ",\"description\":" + jsonString(texts.get(4))
                        + ",\"sequences\":[\"" + world.sequenceId + "\"]}")
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
                .text("unique_id");
        ApiResponse tourRead =
                api.get("/api/v1/tours/" + tour).bearer(world.alice).send();
        assertThat(tourRead.text("name")).isEqualTo(texts.get(1));
        assertThat(tourRead.text("description")).isEqualTo(texts.get(4));
    }

    @Test
    void nulBytesAndUnpairedSurrogatesInTextAreRefusedNamingTheFieldWhileOtherControlCharactersAreKept() {
        Map<String, List<String>> before = world.snapshot();
        for (String escaped :
                List.of("nul\\u0000byte", "lone\\ud800high", "lone\\udc00low", "reversed\\udc00\\ud800pair")) {
            RawExchange.Answer refused = createDraftNamed(escaped);
            assertThat(refused.status()).as(escaped).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body())
                    .contains("\"code\":\"validation_failed\"")
                    .contains("\"errors\":{\"name\":");
        }
        assertThat(world.snapshot()).isEqualTo(before);
        String controls = "bell\\u0007and\\u001bescape";
        RawExchange.Answer created = createDraftNamed(controls);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"unique_id\":\"([^\"]+)\".*", "$1");
        RawExchange.Answer read = world.raw(
                "GET", "/api/v1/sequences/" + id, List.of("Authorization: Bearer " + world.alice), new byte[0]);
        assertThat(read.body()).contains("\"name\":\"" + controls + "\"");
    }

    private static RawExchange.Answer createDraftNamed(String escapedJsonText) {
        return world.raw(
                "POST",
                "/api/v1/sequence/create",
                List.of("Authorization: Bearer " + world.alice, "Content-Type: application/json"),
                utf8("{\"name\":\"" + escapedJsonText + "\",\"description\":\"d\","
                        + "\"transport_type\":\"Bicycle\"}"));
    }

    @Test
    void userTextEchoedOnHtmlPagesIsEscaped() {
        String script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27%3E";
        RawExchange.Answer page = world.raw(
                "GET",
                "/api/v1/authorize?client_id=" + HostileWorld.UPLOADER + "&response_type=token&state=" + script,
                List.of(),
                new byte[0]);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("<script").contains("&lt;script&gt;");
        RawExchange.Answer callback = world.raw(
                "GET",
                "/api/v1/mapillary/callback?error=" + script + "&error_description=" + script + "&state=" + script,
                List.of(),
                new byte[0]);
        assertThat(callback.status()).isBetween(400, 499);
        assertThat(callback.body()).doesNotContain("<script");
    }

    @Test
    void crlfInValuesThatComeBackInALocationNeverSplitsTheHeaders() {
        String injection = "%0D%0ASet-Cookie:%20evil=1%0D%0AX-Injected:%20yes";
        List<String> targets = List.of(
                "/accounts/check-mtpu-mapillary-oauth?code=a" + injection,
                "/accounts/check-mtpu-google-oauth?state=" + injection,
                "/exchange_token?code=" + injection + "&scope=read",
                "/api/v1/authorize?client_id=" + HostileWorld.UPLOADER + "&response_type=bogus&state=" + injection,
                "/api/v1/authorize?client_id=" + HostileWorld.UPLOADER + "&response_type=token&scope=admin&state="
                        + injection);
        for (String target : targets) {
            RawExchange.Answer answer = world.raw("GET", target, List.of(), new byte[0]);
            assertThat(answer.status()).as(target).isLessThan(500);
            assertThat(answer.headerNames())
                    .as(target)
                    .noneMatch(n -> n.equalsIgnoreCase("Set-Cookie") || n.equalsIgnoreCase("X-Injected"));
            answer.header("Location")
                    .ifPresent(location -> assertThat(location)
                            .as(target)
                            .doesNotContain("\r", "\n")
                            .doesNotContain("Set-Cookie: evil"));
        }
        AuthorizeFlow flow = new AuthorizeFlow(world.api);
        ApiResponse approved = flow.approve(
                flow.open("client_id=" + HostileWorld.UPLOADER + "&response_type=token&state=" + injection),
                "bob",
                HostileWorld.PASSWORD);
        assertThat(approved.status()).isEqualTo(302);
        assertThat(approved.headers().keySet()).doesNotContain("x-injected");
        assertThat(approved.headers().getOrDefault("set-cookie", List.of())).noneMatch(c -> c.contains("evil"));
        assertThat(approved.header("Location").orElseThrow()).doesNotContain("\r", "\n");
        assertThat(AuthorizeFlow.redirectParameters(approved.header("Location").orElseThrow(), '#')
                        .get("state"))
                .isEqualTo("\r\nSet-Cookie: evil=1\r\nX-Injected: yes");
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String judge(Hostile hostile, RawExchange.Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return "not a 4xx";
        }
        String path = hostile.operation().substring(hostile.operation().indexOf(' ') + 1);
        String type = answer.contentType();
        boolean oauth = path.startsWith("/api/v1/oauth/");
        boolean html = path.equals("/api/v1/authorize") || path.equals("/api/v1/mapillary/callback");
        if (type.startsWith("application/problem+json")) {
            return problemBodyOk(answer) ? null : "malformed problem body";
        }
        if (oauth && type.startsWith("application/json")) {
            return answer.body().contains("\"error\"") ? null : "no RFC 6749 error";
        }
        if (html && type.startsWith("text/html")) {
            return answer.body().contains("<script") ? "unescaped script" : null;
        }
        return "wrong error media type";
    }

    private static boolean problemBodyOk(RawExchange.Answer answer) {
        String body = answer.body();
        return body.contains("\"status\":" + answer.status())
                && body.contains("\"code\":\"")
                && body.contains("\"type\":\"urn:mtp:problem:")
                && !body.contains("\tat ")
                && !body.contains(".java:");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The corpus, generated from the document so a new route cannot be forgotten.

    private static List<Hostile> corpus() {
        List<Hostile> corpus = new ArrayList<>();
        JsonNode paths = CONTRACT.document().path("paths");
        for (String operation : CONTRACT.operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(method.length() + 1);
            JsonNode spec = paths.path(path).path(method.toLowerCase());
            List<String> auth = authFor(spec);
            String clientQuery = needsClientQuery(spec) ? "client_id=" + HostileWorld.UPLOADER : "";
            if (path.contains("{")) {
                for (String garbage : GARBAGE_IDS) {
                    for (String target : garbageTargets(path, garbage)) {
                        corpus.add(new Hostile(operation, method, withQuery(target, clientQuery), auth, new byte[0]));
                    }
                }
                corpus.add(
                        new Hostile(operation, method, "/api/v1/" + "../".repeat(3) + "etc/passwd", auth, new byte[0]));
            }
            String real = realTarget(path);
            if (spec.has("requestBody")) {
                corpus.addAll(bodies(operation, method, withQuery(real, clientQuery), auth, spec.path("requestBody")));
            }
            if (hasParameter(spec, "Limit")) {
                for (String limit : List.of("0", "101", "-1", "1e9", "abc", "99999999999999999999", "1.5")) {
                    corpus.add(new Hostile(
                            operation,
                            method,
                            withQuery(real, join(clientQuery, "limit=" + limit)),
                            auth,
                            new byte[0]));
                }
                String forged = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"kind\":\"sequences\",\"key\":\"x\"}".getBytes(StandardCharsets.UTF_8));
                for (String cursor : List.of("garbage", forged, "%00", "..%2F..%2Fetc%2Fpasswd")) {
                    corpus.add(new Hostile(
                            operation,
                            method,
                            withQuery(real, join(clientQuery, "cursor=" + cursor)),
                            auth,
                            new byte[0]));
                }
            }
            if (method.equals("GET") && !clientQuery.isEmpty()) {
                corpus.add(new Hostile(
                        operation, method, withQuery(real, clientQuery + "&" + clientQuery), List.of(), new byte[0]));
            }
            for (String query : specificQueries(path)) {
                corpus.add(
                        new Hostile(operation, method, withQuery(real, join(clientQuery, query)), auth, new byte[0]));
            }
        }
        return corpus;
    }

    private static List<String> specificQueries(String path) {
        return switch (path) {
            case "/api/v1/sequences" ->
                List.of(
                        "transport_type=Spaceship",
                        "sort=random",
                        "sort=latest&sort=distance",
                        "status=deleted",
                        "from=2024-02-30",
                        "to=2024-13-01",
                        "from=2024-1-1",
                        "from=abc",
                        "bbox=-200,0,0,0",
                        "bbox=0,-91,1,1",
                        "bbox=0,0,1",
                        "bbox=a,b,c,d",
                        "bbox=1,1,0,0",
                        "bbox=NaN,0,1,1",
                        "pano=maybe",
                        "challenge=..%2F..%2Fetc%2Fpasswd",
                        "name=a&name=b",
                        "name=%FF%FE",
                        "status=published&status=draft");
            case "/api/v1/leaderboards/{metric}" ->
                List.of(
                        "period=2024-13",
                        "period=abc",
                        "period=2024-02-30",
                        "period=-1",
                        "from=2024-02-30",
                        "to=2024-13-01",
                        "transport_type=Spaceship",
                        "period=all&period=2024");
            case "/api/v1/challenges" -> List.of("status=ongoing", "status=", "status=active&status=completed");
            case "/api/v1/mapillary/sequences" ->
                List.of(
                        "from=2024-02-30&to=2024-03-01",
                        "from=2024-01-01&to=2024-13-01",
                        "from=abc&to=def",
                        "from=2024-03-01&to=2024-01-01",
                        "from=2024-01-01&from=2024-01-02&to=2024-02-01");
            case "/api/v1/authorize" ->
                List.of(
                        "client_id=unknown&response_type=token",
                        "client_id=" + HostileWorld.UPLOADER + "&response_type=token&redirect_uri=javascript:alert(1)",
                        "client_id=" + HostileWorld.UPLOADER
                                + "&response_type=token&redirect_uri=https://evil.example/",
                        "client_id=" + HostileWorld.UPLOADER + "&client_id=" + HostileWorld.UPLOADER
                                + "&response_type=token",
                        "client_id=%00&response_type=token",
                        "client_id=%3Cscript%3Ealert(1)%3C%2Fscript%3E&response_type=token",
                        "client_id=" + HostileWorld.UPLOADER
                                + "&response_type=token&redirect_uri=app.mtp.desktop://app%0D%0A"
                                + "Set-Cookie:%20evil=1");
            case "/api/v1/mapillary/callback" ->
                List.of(
                        "code=abc&state=forged",
                        "code=abc&state=%0D%0ASet-Cookie:x=1",
                        "code=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=%3Cscript%3E",
                        "state=abc",
                        "code=abc",
                        "code=a&code=b&state=c");
            case "/api/v1/tours" -> List.of("username=a&username=b");
            default -> List.of();
        };
    }

    private static List<Hostile> bodies(
            String operation, String method, String target, List<String> auth, JsonNode requestBody) {
        List<String> json = new ArrayList<>(auth);
        json.add("Content-Type: application/json");
        List<String> form = new ArrayList<>(auth);
        form.add("Content-Type: application/x-www-form-urlencoded");
        List<Hostile> out = new ArrayList<>();
        List<String> properties = properties(requestBody);
        String first = properties.isEmpty() ? "name" : properties.get(0);
        List<byte[]> jsonBodies = new ArrayList<>(List.of(
                utf8("{"),
                utf8("{\"" + first + "\":"),
                utf8("}"),
                utf8("{\"" + first + "\":\"a\",}"),
                utf8("{'" + first + "': 'a'}"),
                utf8("[1,2,3]"),
                utf8("\"text\""),
                utf8("42"),
                utf8("null"),
                utf8("true"),
                utf8("[".repeat(10_000) + "]".repeat(10_000)),
                utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
                utf8("{\"" + first + "\":\"a\",\"" + first + "\":\"b\"}"),
                concat(utf8("{\"" + first + "\":\""), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3}, utf8("\"}")),
                concat(utf8("{\"" + first + "\":\"a"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\"}")),
                utf8("{\"" + first + "\":\"" + "x".repeat(BODY_LIMIT + 16) + "\"}"),
                utf8("[" + "1,".repeat(BODY_LIMIT / 2 - 8) + "1]"),
                utf8("{\"" + first + "\":[" + "\"x\",".repeat(100_000) + "\"x\"]}"),
                utf8("{\"" + first + "\":1e999999}")));
        for (String property : properties) {
            jsonBodies.add(utf8("{\"" + property + "\":" + wrongTypeFor(requestBody, property) + "}"));
        }
        for (byte[] body : jsonBodies) {
            out.add(new Hostile(operation, method, target, json, body));
        }
        out.add(new Hostile(operation, method, target, form, utf8(first + "=%FF%FE")));
        out.add(new Hostile(operation, method, target, form, utf8(first + "=%zz")));
        out.add(new Hostile(operation, method, target, form, utf8(first + "=a&" + first + "=b")));
        out.add(new Hostile(operation, method, target, form, utf8(first + "=" + "y".repeat(BODY_LIMIT + 1))));
        List<String> plain = new ArrayList<>(auth);
        plain.add("Content-Type: text/plain");
        out.add(new Hostile(operation, method, target, plain, utf8(first + " = a")));
        List<String> latin = new ArrayList<>(auth);
        latin.add("Content-Type: application/json; charset=ISO-8859-1");
        out.add(new Hostile(
                operation, method, target, latin, new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', '}'}));
        List<String> lying = new ArrayList<>(auth);
        lying.add("Content-Type: multipart/form-data; boundary=xyz");
        out.add(new Hostile(operation, method, target, lying, utf8("--xyz\r\nnot a part")));
        out.addAll(domainBodies(operation, method, target, json));
        return out;
    }

    /** Bodies that are well-formed JSON but break a domain rule of this route. */
    private static List<Hostile> domainBodies(String operation, String method, String target, List<String> json) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[-1,-1],[1,-1],[1,1],[-1,1],[-1,-1]]]}";
        List<String> bodies = switch (path) {
            case "/api/v1/challenges" ->
                List.of(
                        challenge(
                                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}",
                                "2024-01-01",
                                "2024-02-01",
                                "photos"),
                        challenge(
                                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
                                "2024-01-01",
                                "2024-02-01",
                                "photos"),
                        challenge(
                                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[200,0],[1,1],[0,0]]]}",
                                "2024-01-01",
                                "2024-02-01",
                                "photos"),
                        challenge(
                                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,95],[0,0]]]}",
                                "2024-01-01",
                                "2024-02-01",
                                "photos"),
                        challenge("{\"type\":\"Polygon\",\"coordinates\":[]}", "2024-01-01", "2024-02-01", "photos"),
                        challenge("{\"type\":\"Point\",\"coordinates\":[0,0]}", "2024-01-01", "2024-02-01", "photos"),
                        challenge(
                                "{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",0],[1,0],[1,1],[\"a\",0]]]}",
                                "2024-01-01",
                                "2024-02-01",
                                "photos"),
                        challenge(polygon, "2024-02-30", "2024-03-01", "photos"),
                        challenge(polygon, "2024-01-01", "2024-13-01", "photos"),
                        challenge(polygon, "2024-03-01", "2024-01-01", "photos"),
                        challenge(polygon, "2024-01-01T25:00:00Z", "2024-02-01", "photos"),
                        challenge(polygon, "2024-01-01", "2024-02-01", "fame"),
                        "{\"name\":\"x\",\"area\":" + polygon + ",\"start\":\"2024-01-01\",\"end\":\"2024-02-01\","
                                + "\"metric\":\"photos\",\"transport_types\":[\"Spaceship\"]}");
            case "/api/v1/challenges/{id}" ->
                List.of(
                        "{\"area\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0]," + "[0,2],[0,0]]]}}",
                        "{\"start\":\"2024-02-30\"}",
                        "{\"metric\":\"fame\"}",
                        "{\"end\":\"1999-13-01\"}");
            case "/api/v1/sequence/create", "/api/v1/sequence/import" ->
                List.of(
                        "{\"name\":\"x\",\"transport_type\":\"Spaceship\"}",
                        "{\"name\":\"x\",\"transport_type\":\"Bicycle\"," + "\"tags\":[[1]]}",
                        "{\"name\":\"\",\"transport_type\":\"Bicycle\"}");
            case "/api/v1/sequences/{id}" ->
                List.of(
                        "{\"transport_type\":\"Spaceship\"}",
                        "{\"name\":null}",
                        "{\"name\":\"" + "n".repeat(100_000) + "\"}");
            case "/api/v1/tours", "/api/v1/tours/{id}/sequences" ->
                List.of(
                        "{\"name\":\"t\",\"sequences\":[\"../../etc\"]}",
                        "{\"name\":\"t\",\"sequences\":[\"00000000-0000-0000-0000-000000000000\"]}",
                        "{\"name\":\"t\",\"sequences\":\"abc\"}");
            case "/api/v1/users" ->
                List.of(
                        "{\"username\":\"../../etc\",\"email\":\"x@example.org\",\"password\":\"longenough\"}",
                        "{\"username\":\"carol\",\"email\":\"not-an-email\",\"password\":\"longenough\"}",
                        "{\"username\":\"carol\",\"email\":\"c@example.org\",\"password\":\"" + "p".repeat(2000)
                                + "\"}",
                        "{\"username\":\"car\\u0000ol\",\"email\":\"c@example.org\",\"password\":\"longenough\"}");
            case "/api/v1/clients" ->
                List.of(
                        "{\"name\":\"x\",\"redirect_uris\":[\"javascript:alert(1)\"],\"type\":\"public\"}",
                        "{\"name\":\"x\",\"redirect_uris\":[\"http://evil.example/cb\"],\"type\":\"public\"}",
                        "{\"name\":\"x\",\"redirect_uris\":[\"https://a.example/cb#frag\"],\"type\":\"public\"}",
                        "{\"name\":\"x\",\"redirect_uris\":[\"https://a.example/cb\\r\\nSet-Cookie: x=1\"],\"type\":\"public\"}",
                        "{\"name\":\"x\",\"redirect_uris\":[\"https://a.example/cb\"],\"type\":\"superuser\"}");
            default -> List.of();
        };
        return bodies.stream()
                .map(b -> new Hostile(operation, method, target, json, utf8(b)))
                .toList();
    }

    private static String challenge(String area, String start, String end, String metric) {
        return "{\"name\":\"x\",\"area\":" + area + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"metric\":\""
                + metric + "\"}";
    }

    private static List<String> properties(JsonNode requestBody) {
        JsonNode schema = schemaOf(requestBody);
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String wrongTypeFor(JsonNode requestBody, String property) {
        JsonNode type = schemaOf(requestBody).path("properties").path(property).path("type");
        String text = type.isArray() ? type.get(0).asText() : type.asText();
        return text.equals("object") || text.isEmpty() ? "\"not an object\"" : "{\"nested\":[1,2]}";
    }

    private static JsonNode schemaOf(JsonNode requestBody) {
        JsonNode schema = requestBody.path("content").elements().next().path("schema");
        return resolve(schema);
    }

    private static JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return CONTRACT.document().path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return node;
    }

    private static boolean hasParameter(JsonNode spec, String refName) {
        for (JsonNode parameter : spec.path("parameters")) {
            if (parameter.path("$ref").asText().endsWith("/" + refName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsClientQuery(JsonNode spec) {
        for (JsonNode requirement : spec.path("security")) {
            if (requirement.has("clientId")) {
                return !requirement.has("bearer");
            }
        }
        return false;
    }

    private static List<String> authFor(JsonNode spec) {
        for (JsonNode requirement : spec.path("security")) {
            if (requirement.has("bearer")) {
                return List.of("Authorization: Bearer " + world.alice);
            }
        }
        return List.of();
    }

    private static String realTarget(String path) {
        return path.replace("{unique_id}", world.sequenceId)
                .replace("{sequence_id}", world.sequenceId)
                .replace("{image_key}", world.imageKey)
                .replace("{metric}", "photos")
                .replace("/tours/{id}", "/tours/" + world.tourId)
                .replace("/challenges/{id}", "/challenges/" + world.challengeId)
                .replace("/me/tokens/{id}", "/me/tokens/" + "00000000-0000-0000-0000-000000000000")
                .replace("{id}", world.sequenceId);
    }

    /** The path with each of its parameters in turn replaced by garbage, the others real. */
    private static List<String> garbageTargets(String path, String garbage) {
        List<String> targets = new ArrayList<>();
        Matcher parameters = Pattern.compile("\\{[^}]+}").matcher(path);
        while (parameters.find()) {
            String one = path.substring(0, parameters.start()) + garbage + path.substring(parameters.end());
            targets.add(realTarget(one));
        }
        return targets;
    }

    private static String withQuery(String target, String query) {
        return query.isEmpty() ? target : target + "?" + query;
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + "&" + second;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
