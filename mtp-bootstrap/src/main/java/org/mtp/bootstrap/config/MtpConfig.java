package org.mtp.bootstrap.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.mtp.adapter.http.sequence.SequencesResource;
import org.mtp.adapter.mapillary.ApiVersion;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.persistence.H2Urls;
import org.mtp.adapter.persistence.PersistenceConfig;
import org.mtp.adapter.web.WebSettings;
import org.mtp.application.model.account.TrustedProxies;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.security.BoundedPasswordHasher;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.application.service.account.SignInLimits;
import org.mtp.domain.common.ValidationException;

/**
 * Everything mtp can be told, read from the environment, then {@code .env}, then defaults (docs/configuration.md).
 * Building it validates every setting, so a bad one stops start-up with one line naming it.
 */
public record MtpConfig(
        String httpHost,
        int httpPort,
        long maxBodyBytes,
        long renderedSequenceBytes,
        Duration shutdownGrace,
        boolean secureCookies,
        TrustedProxies trustedProxies,
        Path dataDir,
        PersistenceConfig database,
        MapillaryConfig mapillary,
        int passwordHashIterations,
        int passwordHashConcurrency,
        SignInLimits signInLimits,
        OptionalInt dailyImportLimit,
        String secretKey,
        String previousSecretKey,
        LogSettings logging,
        String webTileUrl,
        String webTileAttribution,
        long webThumbnailCacheBytes,
        MapillaryToken mapillaryClientToken) {

    public static MtpConfig from(Settings s) {
        Path dataDir =
                Path.of(s.string("MTP_DATA_DIR", "./data")).toAbsolutePath().normalize();
        return new MtpConfig(
                s.string("MTP_HTTP_HOST", "127.0.0.1"),
                s.integer("MTP_HTTP_PORT", 7000, 0, 65_535),
                s.integer("MTP_HTTP_MAX_BODY_BYTES", 1_048_576, 1_024, 64 * 1_048_576),
                s.integer("MTP_HTTP_SEQUENCE_CACHE_BYTES", (int) SequencesResource.DEFAULT_RENDERED_BYTES, 0, 1 << 30),
                s.millis("MTP_HTTP_SHUTDOWN_GRACE_MS", Duration.ofSeconds(10), 0, 300_000),
                s.choice("MTP_HTTP_SECURE_COOKIES", Flag.class, Flag.FALSE) == Flag.TRUE,
                trustedProxies(s),
                dataDir,
                database(s, dataDir),
                mapillary(s),
                s.integer(
                        "MTP_PASSWORD_HASH_ITERATIONS",
                        Pbkdf2PasswordHasher.PRODUCTION_ITERATIONS,
                        Pbkdf2PasswordHasher.MIN_ITERATIONS,
                        10_000_000),
                s.integer("MTP_PASSWORD_HASH_CONCURRENCY", BoundedPasswordHasher.defaultConcurrency(), 1, 1_024),
                signInLimits(s),
                s.optionalInteger("MTP_DAILY_IMPORT_LIMIT", 1, 100_000),
                s.raw("MTP_SECRET_KEY").orElse(null),
                s.raw("MTP_SECRET_KEY_PREVIOUS").orElse(null),
                LogSettings.from(s),
                webTileUrl(s),
                s.string("MTP_WEB_TILE_ATTRIBUTION", WebSettings.DEFAULT_TILE_ATTRIBUTION),
                s.integer("MTP_WEB_THUMBNAIL_CACHE_BYTES", (int) WebSettings.DEFAULT_THUMBNAIL_CACHE_BYTES, 0, 1 << 30),
                mapillaryClientToken(s));
    }

    /** The app's client token ({@code MLY|...}): photo thumbnails are shown only when it is set. */
    private static MapillaryToken mapillaryClientToken(Settings s) {
        try {
            return s.raw("MAPILLARY_CLIENT_TOKEN").map(MapillaryToken::of).orElse(null);
        } catch (ValidationException e) {
            throw new ConfigException("MAPILLARY_CLIENT_TOKEN", "must be printable ASCII without spaces");
        }
    }

    public Optional<MapillaryToken> mapillaryClientTokenIfSet() {
        return Optional.ofNullable(mapillaryClientToken);
    }

    /** An http(s) URL template, or a path on this site, with {z}, {x} and {y}. */
    private static String webTileUrl(Settings s) {
        String url = s.string("MTP_WEB_TILE_URL", WebSettings.DEFAULT_TILE_URL);
        try {
            return WebSettings.requireTileUrl(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("MTP_WEB_TILE_URL", "must be an http(s) URL or a path with {z}, {x} and {y}");
        }
    }

    private static SignInLimits signInLimits(Settings s) {
        return new SignInLimits(
                s.integer("MTP_SIGN_IN_ACCOUNT_LIMIT", SignInLimits.DEFAULT_PER_ACCOUNT, 1, 1_000_000),
                s.integer("MTP_SIGN_IN_ADDRESS_LIMIT", SignInLimits.DEFAULT_PER_ADDRESS, 1, 1_000_000),
                Duration.ofSeconds(s.integer(
                        "MTP_SIGN_IN_WINDOW_SECONDS", (int) SignInLimits.DEFAULT_WINDOW.toSeconds(), 1, 86_400)));
    }

    private static TrustedProxies trustedProxies(Settings s) {
        try {
            return TrustedProxies.parse("MTP_HTTP_TRUSTED_PROXIES", s.string("MTP_HTTP_TRUSTED_PROXIES", ""));
        } catch (ValidationException e) {
            throw new ConfigException(
                    "MTP_HTTP_TRUSTED_PROXIES",
                    "must be comma-separated IP addresses or CIDR blocks: " + e.getMessage());
        }
    }

    private static PersistenceConfig database(Settings s, Path dataDir) {
        String url = s.string("MTP_DATABASE_URL", H2Urls.file(dataDir));
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("MTP_DATABASE_URL", "must start with jdbc:h2: or jdbc:postgresql:");
        }
        String user = s.string("MTP_DATABASE_USER", url.startsWith("jdbc:h2:") ? "sa" : "mtp");
        String password = s.string("MTP_DATABASE_PASSWORD", "");
        Duration connect = s.millis(
                "MTP_DATABASE_CONNECTION_TIMEOUT_MS", PersistenceConfig.DEFAULT_CONNECTION_TIMEOUT, 250, 600_000);
        Duration lock = s.millis("MTP_DATABASE_LOCK_TIMEOUT_MS", PersistenceConfig.DEFAULT_LOCK_TIMEOUT, 1, 600_000);
        Duration statement = s.millis(
                "MTP_DATABASE_STATEMENT_TIMEOUT_MS", PersistenceConfig.DEFAULT_STATEMENT_TIMEOUT, 1, 3_600_000);
        return PersistenceConfig.of(url, user, password)
                .withMaxPoolSize(s.integer("MTP_DATABASE_POOL_SIZE", 10, 1, 500))
                .withTimeouts(connect, lock, statement);
    }

    private static MapillaryConfig mapillary(Settings s) {
        MapillaryConfig d = MapillaryConfig.defaults();
        Duration initialBackoff = s.millis("MTP_MAPILLARY_INITIAL_BACKOFF_MS", d.initialBackoff(), 1, 600_000);
        Duration maxBackoff = s.millis("MTP_MAPILLARY_MAX_BACKOFF_MS", d.maxBackoff(), 1, 3_600_000);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new ConfigException(
                    "MTP_MAPILLARY_MAX_BACKOFF_MS", "must not be below MTP_MAPILLARY_INITIAL_BACKOFF_MS");
        }
        URI redirect = s.raw("MAPILLARY_REDIRECT_URI")
                .map(v -> s.url("MAPILLARY_REDIRECT_URI", v))
                .orElse(null);
        return d.withApiVersion(s.choice("MTP_MAPILLARY_API_VERSION", ApiVersion.class, d.apiVersion()))
                .withGraphBaseUrl(
                        s.url("MTP_MAPILLARY_GRAPH_URL", d.graphBaseUrl().toString()))
                .withV3BaseUrl(s.url("MTP_MAPILLARY_V3_URL", d.v3BaseUrl().toString()))
                .withUploadBaseUrl(
                        s.url("MTP_MAPILLARY_UPLOAD_URL", d.uploadBaseUrl().toString()))
                .withAuthorizationPageUrl(
                        s.url("MTP_MAPILLARY_AUTH_URL", d.authorizationPageUrl().toString()))
                .withApp(s.string("MAPILLARY_APP_ID", d.appId()), s.string("MAPILLARY_SECRET", d.appSecret()), redirect)
                .withTimeouts(
                        s.millis("MTP_MAPILLARY_CONNECT_TIMEOUT_MS", d.connectTimeout(), 1, 600_000),
                        s.millis("MTP_MAPILLARY_READ_TIMEOUT_MS", d.readTimeout(), 1, 600_000),
                        s.millis("MTP_MAPILLARY_CALL_TIMEOUT_MS", d.callTimeout(), 1, 3_600_000))
                .withRetries(
                        s.integer("MTP_MAPILLARY_MAX_ATTEMPTS", d.maxAttempts(), 1, 20), initialBackoff, maxBackoff)
                .withMaxRetryAfterWait(
                        s.millis("MTP_MAPILLARY_MAX_RETRY_AFTER_MS", d.maxRetryAfterWait(), 0, 3_600_000))
                .withImageBatchesInFlight(s.integer(
                        "MTP_MAPILLARY_BATCHES_IN_FLIGHT",
                        d.imageBatchesInFlight(),
                        1,
                        MapillaryConfig.MAX_IMAGE_BATCHES_IN_FLIGHT));
    }

    /** A yes/no setting. */
    enum Flag {
        TRUE,
        FALSE
    }

    /** The database as a log line may show it: the URL without any password. */
    public String databaseForLog() {
        return database.database() + " " + database.jdbcUrl().replaceAll("(?i)(password=)[^;&]*", "$1****");
    }

    @Override
    public String toString() {
        return "MtpConfig[http=" + httpHost + ":" + httpPort + ", dataDir=" + dataDir + ", database=" + database
                + ", mapillary=" + mapillary + "]";
    }
}
