package org.mtp.bootstrap.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.config.LogSettings.LogFormat;
import org.mtp.bootstrap.testing.LogLine;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;

/**
 * Runs the service in a child JVM on H2 with every logger at trace through the production logging backend (SQL
 * statements and bound parameters, HikariCP, Flyway and OkHttp included), drives a full journey that handles a
 * password, mtp access tokens, a Mapillary token (stored, then disconnected on the web app) and a client secret, checks
 * that those libraries' trace lines are really there, then scans everything the service printed and every byte of its
 * data files for those secrets, raw, base64, base64url and hex; in both line formats.
 */
class SecretsNeverLeakTest {

    private static final String UPLOADER = "98fgjsjduf89388";
    private static final String PASSWORD = "Pa55-canary-7f3e9c1b";
    private static final String WRONG_PASSWORD = "Wr0ng-canary-2b8d4a6e";
    private static final MapillaryToken MAPILLARY_TOKEN = MapillaryToken.of("MLYcanaryToken5a1c9e77b3");
    /**
     * The root and every library that sees a secret, at trace. The secrets are letters, digits, '-' and '_', which both
     * formats write as they are, so the scan reads the raw output.
     */
    private static final String EVERYTHING_AT_TRACE = "trace,org.hibernate=trace,org.hibernate.SQL=trace,"
            + "org.hibernate.orm.jdbc.bind=trace,com.zaxxer.hikari=trace,org.flywaydb=trace,okhttp3=trace";

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void noSecretReachesTheLogsOrTheDatabaseFiles(LogFormat format) throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("password", PASSWORD);
        secrets.put("wrong password", WRONG_PASSWORD);
        secrets.put("Mapillary token", MAPILLARY_TOKEN.reveal());
        secrets.put("Mapillary app secret", FakeMapillaryServer.APP_SECRET);
        StringBuilder log = new StringBuilder();
        try (FakeMapillaryServer mapillary = new FakeMapillaryServer().start()) {
            int port = freePort();
            Map<String, String> env = environment(mapillary, port, format);
            ChildResult created = runToEnd(
                    env,
                    "client",
                    "create",
                    "--name",
                    "Desktop uploader",
                    "--redirect-uri",
                    "app.mtp.desktop://app",
                    "--client-id",
                    UPLOADER);
            assertThat(created.exitCode()).as(created.output()).isZero();
            log.append(created.output());
            Process serve = start(env, "serve");
            StringBuilder serveLog = new StringBuilder();
            Thread drain = awaitListening(serve, serveLog);
            try {
                journey(
                        new ApiClient("http://127.0.0.1:" + port, OpenApiContract.ofServedDocument()),
                        mapillary,
                        secrets);
                disconnectMapillaryOnTheWebApp("http://127.0.0.1:" + port);
            } finally {
                // through the handle: Process.destroy() also closes this side's pipes, losing what the stop logs
                serve.toHandle().destroy();
                assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
                drain.join(10_000);
            }
            log.append(serveLog);
        }
        String text = log.toString();
        Files.writeString(Path.of("target", "SecretsNeverLeakTest-" + format + ".log"), text);
        assertEveryLibraryReallyLogged(LogLine.parse(text, format));
        byte[] files = dataFileBytes();
        assertThat(contains(files, "bob@example.org".getBytes(StandardCharsets.UTF_8)))
                .as("the scan reads the database's plain values")
                .isTrue();
        List<String> leaks = new ArrayList<>();
        secrets.forEach((name, secret) -> {
            for (Map.Entry<String, String> form : encodings(secret).entrySet()) {
                if (text.contains(form.getValue())) {
                    leaks.add(name + " (" + form.getKey() + ") in the log: " + lineWith(text, form.getValue()));
                }
                if (contains(files, form.getValue().getBytes(StandardCharsets.UTF_8))
                        || contains(files, form.getValue().getBytes(StandardCharsets.UTF_16BE))) {
                    leaks.add(name + " (" + form.getKey() + ") in the data files");
                }
            }
        });
        assertThat(leaks).isEmpty();
    }

    /** A scan of a quiet log would prove nothing: the trace lines of each library that sees a secret must be there. */
    private static void assertEveryLibraryReallyLogged(List<LogLine> events) {
        assertThat(events)
                .as("mtp's own debug and trace lines")
                .anyMatch(e -> e.isDetail() && e.logger().startsWith("org.mtp."));
        assertThat(events)
                .as("Hibernate's SQL")
                .anyMatch(e ->
                        e.logger().equals("org.hibernate.SQL") && e.message().contains("insert into access_tokens"));
        assertThat(events)
                .as("Hibernate's bound parameters")
                .anyMatch(e -> e.logger().equals("org.hibernate.orm.jdbc.bind")
                        && e.message().contains("binding parameter")
                        && e.message().contains("<- [" + UPLOADER + "]"));
        for (String library : List.of("com.zaxxer.hikari.", "org.flywaydb.", "okhttp3.")) {
            assertThat(events)
                    .as(library + " at debug or trace")
                    .anyMatch(e -> e.isDetail() && e.logger().startsWith(library));
        }
        assertThat(events)
                .as("the request log")
                .anyMatch(e -> e.logger().equals("mtp.http")
                        && e.message().startsWith("POST /api/v1/oauth/token 200 ")
                        && e.requestId() != null);
        assertThat(events).as("the stop").anyMatch(e -> e.message().equals("mtp stopped"));
    }

    private void journey(ApiClient api, FakeMapillaryServer mapillary, Map<String, String> secrets) {
        for (String user : List.of("alice", "bob")) {
            api.post("/api/v1/users?client_id=" + UPLOADER)
                    .form(ApiClient.form("username", user, "email", user + "@example.org", "password", PASSWORD))
                    .send(r -> assertThat(r.status()).isEqualTo(201));
        }
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse refused =
                flow.approve(flow.open("client_id=" + UPLOADER + "&response_type=token"), "alice", WRONG_PASSWORD);
        assertThat(refused.status()).isEqualTo(401);
        String alice = implicitToken(api, "alice");
        String bob = implicitToken(api, "bob");
        secrets.put("alice's access token", alice);
        secrets.put("bob's access token", bob);

        ApiResponse client = api.post("/api/v1/clients")
                .bearer(alice)
                .json("{\"name\":\"Web\",\"redirect_uris\":[\"https://web.example/cb\"],\"type\":\"confidential\"}")
                .send(r -> assertThat(r.status()).isEqualTo(201));
        String clientId = client.text("client_id");
        String clientSecret = client.text("client_secret");
        secrets.put("client secret", clientSecret);
        ApiResponse approved =
                flow.approve(flow.open("client_id=" + clientId + "&response_type=code"), "alice", PASSWORD);
        String code = AuthorizeFlow.redirectParameters(
                        approved.header("Location").orElseThrow(), '?')
                .get("code");
        secrets.put("authorization code", code);
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        String webToken = api.post("/api/v1/oauth/token")
                .header("Authorization", "Basic " + basic)
                .form(ApiClient.form("grant_type", "authorization_code", "code", code))
                .send(r -> assertThat(r.status()).isEqualTo(200))
                .text("access_token");
        secrets.put("confidential client's access token", webToken);
        api.get("/api/v1/me").bearer(webToken).send(r -> assertThat(r.status()).isEqualTo(200));
        api.post("/api/v1/oauth/revoke")
                .form(ApiClient.form("token", webToken, "client_id", clientId, "client_secret", clientSecret))
                .send(r -> assertThat(r.status()).isEqualTo(200));
        api.get("/api/v1/me").bearer(webToken).send(r -> assertThat(r.status()).isEqualTo(401));

        MapillarySequence ride = TestSequences.aSequence()
                .owner(TestUsers.alice())
                .key("canaryRide01")
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1))
                .mapillary();
        mapillary.addUser(ride.owner(), MAPILLARY_TOKEN);
        mapillary.addSequence(ride);
        api.post("/api/v1/mapillary/token/verify")
                .bearer(alice)
                .form(ApiClient.form("mapillary_token", MAPILLARY_TOKEN.reveal()))
                .send(r -> assertThat(r.status()).isEqualTo(200));
        String id = api.post("/api/v1/sequence/create")
                .bearer(alice)
                .form(ApiClient.form("name", "Canary ride", "transport_type", "Bicycle"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");
        api.put("/api/v1/sequence/import/" + id)
                .bearer(alice)
                .json("{\"token\":\"" + MAPILLARY_TOKEN.reveal() + "\",\"seq_key\":\"canaryRide01\"}")
                .send(r -> assertThat(r.status()).isEqualTo(200));
        api.put("/api/v1/sequences/" + id + "/like")
                .bearer(bob)
                .send(r -> assertThat(r.status()).isEqualTo(200));
        api.get("/api/v1/me/tokens")
                .bearer(alice)
                .send(r -> assertThat(r.status()).isEqualTo(200));
        api.get("/api/v1/sequences/" + id + "?client_id=" + UPLOADER)
                .send(r -> assertThat(r.status()).isEqualTo(200));
    }

    /** Alice signs in on the web app and disconnects Mapillary, so that deleting the stored token is scanned too. */
    private static void disconnectMapillaryOnTheWebApp(String baseUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String formCookie = cookie(form, "mtp_form=");
        HttpResponse<String> signedIn = postForm(
                http,
                baseUrl + "/sign-in",
                formCookie,
                "csrf=" + csrfOf(form.body()) + "&login=alice&password=" + URLEncoder.encode(PASSWORD, UTF_8));
        String session = cookie(signedIn, "mtp_session=");
        HttpRequest accountPage = HttpRequest.newBuilder(URI.create(baseUrl + "/account"))
                .header("Cookie", session)
                .build();
        String account =
                http.send(accountPage, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(account).contains("/account/mapillary/disconnect");

        HttpResponse<String> disconnected =
                postForm(http, baseUrl + "/account/mapillary/disconnect", session, "csrf=" + csrfOf(account));

        assertThat(disconnected.statusCode()).isEqualTo(303);
        assertThat(http.send(accountPage, HttpResponse.BodyHandlers.ofString()).body())
                .contains("No Mapillary account is connected.");
    }

    private static HttpResponse<String> postForm(HttpClient http, String url, String cookie, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .split(";")[0];
    }

    private static String csrfOf(String page) {
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), UTF_8);
    }

    private static String implicitToken(ApiClient api, String username) {
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse approved =
                flow.approve(flow.open("client_id=" + UPLOADER + "&response_type=token"), username, PASSWORD);
        assertThat(approved.status()).isEqualTo(302);
        return AuthorizeFlow.redirectParameters(approved.header("Location").orElseThrow(), '#')
                .get("access_token");
    }

    private static Map<String, String> encodings(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("raw", secret);
        forms.put("base64", Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.put("base64url", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        forms.put("hex", HexFormat.of().formatHex(bytes));
        forms.put("HEX", HexFormat.of().withUpperCase().formatHex(bytes));
        forms.put("url-encoded", URLEncoder.encode(secret, StandardCharsets.UTF_8));
        return forms;
    }

    private Map<String, String> environment(FakeMapillaryServer mapillary, int port, LogFormat format) {
        Map<String, String> env = RunningService.h2Settings(data, mapillary);
        env.put("MTP_HTTP_PORT", String.valueOf(port));
        env.put("MTP_HTTP_HOST", "127.0.0.1");
        env.put("MTP_LOG_FORMAT", format.name());
        env.put("MTP_LOG_LEVEL", EVERYTHING_AT_TRACE);
        return env;
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.mtp.bootstrap.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).directory(data.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Reads the child's output until it listens, then keeps draining it into {@code log} on a thread. */
    private static Thread awaitListening(Process process, StringBuilder log) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            log.append(line).append('\n');
            if (line.contains("mtp listening")) {
                break;
            }
        }
        assertThat(line).as("the service did not start:\n%s", log).isNotNull();
        Thread drain = new Thread(() -> {
            try {
                String more;
                while ((more = reader.readLine()) != null) {
                    synchronized (log) {
                        log.append(more).append('\n');
                    }
                }
            } catch (IOException streamClosedAtExit) {
                // The child has exited and its pipe is closed: everything it wrote has been read.
            }
        });
        drain.start();
        return drain;
    }

    private ChildResult runToEnd(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ChildResult(process.exitValue(), output);
    }

    private record ChildResult(int exitCode, String output) {}

    private byte[] dataFileBytes() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(file));
                all.write(0);
            }
        }
        assertThat(all.size()).as("data files").isGreaterThan(1000);
        return all.toByteArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String lineWith(String text, String value) {
        return text.lines()
                .filter(l -> l.contains(value))
                .findFirst()
                .map(l -> l.length() > 400 ? l.substring(0, 400) : l)
                .orElse("");
    }
}
