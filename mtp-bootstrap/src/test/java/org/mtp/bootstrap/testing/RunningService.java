package org.mtp.bootstrap.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.persistence.PersistenceConfig;
import org.mtp.adapter.persistence.testing.EmbeddedPostgresServer;
import org.mtp.bootstrap.MainAccess;
import org.mtp.bootstrap.MtpService;
import org.mtp.bootstrap.config.MtpConfig;
import org.mtp.bootstrap.config.Settings;

/**
 * The real service in this JVM, configured only through its settings as an operator would: a port picked by the OS, a
 * temporary data directory, H2 or the shared embedded PostgreSQL, Mapillary replaced by the strict fake server, a low
 * password-hash cost and millisecond Mapillary back-off.
 */
public final class RunningService implements AutoCloseable {

    private static final OpenApiContract CONTRACT = OpenApiContract.ofServedDocument();

    private final Map<String, String> environment;
    private final Clock clock;
    private MtpService service;

    private RunningService(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    private RunningService(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** On an H2 file in {@code dataDir}. */
    public static RunningService onH2(Path dataDir, FakeMapillaryServer mapillary) {
        return new RunningService(h2Settings(dataDir, mapillary)).start();
    }

    /** On {@code settings}, its services reading the time from {@code clock}: a test that records answers fixes it. */
    public static RunningService on(Map<String, String> settings, Clock clock) {
        return new RunningService(new HashMap<>(settings), clock).start();
    }

    /** On a fresh database of the shared embedded PostgreSQL; {@code dataDir} holds only the secret key. */
    public static RunningService onPostgres(Path dataDir, FakeMapillaryServer mapillary) {
        return new RunningService(postgresSettings(dataDir, mapillary)).start();
    }

    /** On exactly {@code settings}: a second node beside another one is started on the same settings. */
    public static RunningService on(Map<String, String> settings) {
        return new RunningService(new HashMap<>(settings)).start();
    }

    /** The settings of {@link #onPostgres}, on a database of its own, for a service started some other way. */
    public static Map<String, String> postgresSettings(Path dataDir, FakeMapillaryServer mapillary) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
        PersistenceConfig db = postgres.config(postgres.createEmptyDatabase());
        Map<String, String> env = h2Settings(dataDir, mapillary);
        env.put("MTP_DATABASE_URL", db.jdbcUrl());
        env.put("MTP_DATABASE_USER", db.user());
        env.put("MTP_DATABASE_PASSWORD", db.password());
        return env;
    }

    /** The settings of {@link #onH2} (a modifiable copy), for a service started some other way. */
    public static Map<String, String> h2Settings(Path dataDir, FakeMapillaryServer mapillary) {
        Map<String, String> env = new HashMap<>();
        env.put("MTP_HTTP_PORT", "0");
        env.put("MTP_DATA_DIR", dataDir.toString());
        env.put("MTP_PASSWORD_HASH_ITERATIONS", "1000");
        env.put("MTP_HTTP_SHUTDOWN_GRACE_MS", "2000");
        env.put("MAPILLARY_APP_ID", FakeMapillaryServer.APP_ID);
        env.put("MAPILLARY_SECRET", FakeMapillaryServer.APP_SECRET);
        env.put("MAPILLARY_REDIRECT_URI", FakeMapillaryServer.REDIRECT.toString());
        String root = mapillary.root().toString();
        env.put("MTP_MAPILLARY_GRAPH_URL", root);
        env.put("MTP_MAPILLARY_V3_URL", root + "v3/");
        env.put("MTP_MAPILLARY_UPLOAD_URL", root + "mapillary_public_uploads/");
        env.put("MTP_MAPILLARY_AUTH_URL", root + "connect");
        env.put("MTP_MAPILLARY_INITIAL_BACKOFF_MS", "1");
        env.put("MTP_MAPILLARY_MAX_BACKOFF_MS", "5");
        env.put("MTP_MAPILLARY_CONNECT_TIMEOUT_MS", "2000");
        env.put("MTP_MAPILLARY_READ_TIMEOUT_MS", "2000");
        env.put("MTP_MAPILLARY_CALL_TIMEOUT_MS", "5000");
        // a path on the service itself, so that no page a test opens asks a tile server on the internet
        env.put("MTP_WEB_TILE_URL", "/test-tiles/{z}/{x}/{y}.png");
        return env;
    }

    /** Adds or replaces a setting; takes effect at the next (re)start. */
    public RunningService with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public synchronized RunningService start() {
        service = MtpService.start(config(), clock);
        return this;
    }

    public synchronized RunningService restart() {
        service.close();
        return start();
    }

    public MtpConfig config() {
        return MtpConfig.from(new Settings(environment, Map.of()));
    }

    public MtpService service() {
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + service.port();
    }

    /** A client that checks every answer against the OpenAPI document. */
    public ApiClient client() {
        return new ApiClient(baseUrl(), CONTRACT);
    }

    /** Runs an admin command (for example {@code client create ...}) on the same settings; returns its output. */
    public CommandResult command(String... args) {
        return command(environment, args);
    }

    /** Runs an admin command in this JVM on {@code settings}, as {@code main} would; returns its output. */
    public static CommandResult command(Map<String, String> settings, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MainAccess.run(
                args,
                settings,
                Path.of("does-not-exist", ".env"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What an admin command printed and returned. */
    public record CommandResult(int exitCode, String out, String err) {
        public String value(String label) {
            return out.lines()
                    .filter(l -> l.startsWith(label + ": "))
                    .map(l -> l.substring(label.length() + 2))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no '" + label + "' in: " + out + err));
        }
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            service.close();
        }
    }
}
