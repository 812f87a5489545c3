package org.mtp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.mapillary.ApiVersion;
import org.mtp.adapter.persistence.Database;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.account.TrustedProxies;
import org.mtp.application.security.BoundedPasswordHasher;
import org.mtp.application.service.account.SignInLimits;

class MtpConfigTest {

    private static MtpConfig config(Map<String, String> env, Map<String, String> dotEnv) {
        return MtpConfig.from(new Settings(env, dotEnv));
    }

    @Test
    void defaultsRunOnLoopbackPort7000WithAnH2FileInTheDataDir() {
        MtpConfig c = config(Map.of(), Map.of());

        assertThat(c.httpHost()).isEqualTo("127.0.0.1");
        assertThat(c.httpPort()).isEqualTo(7000);
        assertThat(c.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(c.database().database()).isEqualTo(Database.H2);
        assertThat(c.database().jdbcUrl()).startsWith("jdbc:h2:file:" + c.dataDir());
        assertThat(c.mapillary().apiVersion()).isEqualTo(ApiVersion.V4);
        assertThat(c.dailyImportLimit()).isEmpty();
    }

    @Test
    void theEnvironmentWinsOverDotEnvWhichWinsOverDefaults() {
        MtpConfig c = config(
                Map.of("MTP_HTTP_PORT", "8080"),
                Map.of(
                        "MTP_HTTP_PORT",
                        "9090",
                        "MTP_HTTP_HOST",
                        "0.0.0.0",
                        "MTP_MAPILLARY_API_VERSION",
                        "v3",
                        "MTP_DAILY_IMPORT_LIMIT",
                        "5",
                        "MTP_MAPILLARY_CALL_TIMEOUT_MS",
                        "1500",
                        "MTP_DATABASE_URL",
                        "jdbc:postgresql://db:5432/mtp",
                        "MTP_DATABASE_PASSWORD",
                        "pg-secret",
                        "MTP_MAPILLARY_BATCHES_IN_FLIGHT",
                        "2"));

        assertThat(c.httpPort()).isEqualTo(8080);
        assertThat(c.mapillary().imageBatchesInFlight()).isEqualTo(2);
        assertThat(c.httpHost()).isEqualTo("0.0.0.0");
        assertThat(c.mapillary().apiVersion()).isEqualTo(ApiVersion.V3);
        assertThat(c.mapillary().callTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.dailyImportLimit()).hasValue(5);
        assertThat(c.database().database()).isEqualTo(Database.POSTGRESQL);
        assertThat(c.toString()).doesNotContain("pg-secret");
    }

    @Test
    void anInvalidSettingFailsWithOneLineNamingIt() {
        assertThatThrownBy(() -> config(Map.of("MTP_HTTP_PORT", "seventy"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("MTP_HTTP_PORT:");
        assertThatThrownBy(() -> config(Map.of("MTP_HTTP_PORT", "70000"), Map.of()))
                .hasMessageStartingWith("MTP_HTTP_PORT:");
        assertThatThrownBy(() -> config(Map.of("MTP_DATABASE_URL", "jdbc:mysql://x/y"), Map.of()))
                .hasMessageStartingWith("MTP_DATABASE_URL:");
        assertThatThrownBy(() -> config(Map.of("MTP_MAPILLARY_API_VERSION", "v5"), Map.of()))
                .hasMessageStartingWith("MTP_MAPILLARY_API_VERSION:");
        assertThatThrownBy(() -> config(Map.of("MTP_MAPILLARY_BATCHES_IN_FLIGHT", "17"), Map.of()))
                .hasMessageStartingWith("MTP_MAPILLARY_BATCHES_IN_FLIGHT:");
        assertThatThrownBy(() -> config(Map.of("MTP_MAPILLARY_GRAPH_URL", "ftp://x"), Map.of()))
                .hasMessageStartingWith("MTP_MAPILLARY_GRAPH_URL:");
        assertThatThrownBy(() -> config(
                        Map.of("MTP_MAPILLARY_INITIAL_BACKOFF_MS", "5000", "MTP_MAPILLARY_MAX_BACKOFF_MS", "10"),
                        Map.of()))
                .hasMessageStartingWith("MTP_MAPILLARY_MAX_BACKOFF_MS:");
    }

    @Test
    void signInSettingsDefaultToTenAndFiftyIn15MinutesNoTrustedProxyAndOneCoreLeftFree() {
        MtpConfig c = config(Map.of(), Map.of());

        assertThat(c.signInLimits()).isEqualTo(SignInLimits.defaults());
        assertThat(c.signInLimits()).isEqualTo(new SignInLimits(10, 50, Duration.ofMinutes(15)));
        assertThat(c.trustedProxies()).isEqualTo(TrustedProxies.none());
        assertThat(c.passwordHashConcurrency()).isEqualTo(BoundedPasswordHasher.defaultConcurrency());
    }

    @Test
    void signInSettingsAreReadAndBadOnesNamed() {
        MtpConfig c = config(
                Map.of(
                        "MTP_SIGN_IN_ACCOUNT_LIMIT", "5",
                        "MTP_SIGN_IN_ADDRESS_LIMIT", "500",
                        "MTP_SIGN_IN_WINDOW_SECONDS", "60",
                        "MTP_HTTP_TRUSTED_PROXIES", "10.0.0.0/8, ::1",
                        "MTP_PASSWORD_HASH_CONCURRENCY", "3"),
                Map.of());

        assertThat(c.signInLimits()).isEqualTo(new SignInLimits(5, 500, Duration.ofMinutes(1)));
        assertThat(c.trustedProxies().trusts(ClientAddress.of("10.1.2.3"))).isTrue();
        assertThat(c.trustedProxies().trusts(ClientAddress.of("::1"))).isTrue();
        assertThat(c.trustedProxies().trusts(ClientAddress.of("192.0.2.1"))).isFalse();
        assertThat(c.passwordHashConcurrency()).isEqualTo(3);
        assertThatThrownBy(() -> config(Map.of("MTP_HTTP_TRUSTED_PROXIES", "10.0.0.0/8, proxy.local"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("MTP_HTTP_TRUSTED_PROXIES:");
        assertThatThrownBy(() -> config(Map.of("MTP_SIGN_IN_ACCOUNT_LIMIT", "0"), Map.of()))
                .hasMessageStartingWith("MTP_SIGN_IN_ACCOUNT_LIMIT:");
        assertThatThrownBy(() -> config(Map.of("MTP_SIGN_IN_WINDOW_SECONDS", "86401"), Map.of()))
                .hasMessageStartingWith("MTP_SIGN_IN_WINDOW_SECONDS:");
        assertThatThrownBy(() -> config(Map.of("MTP_PASSWORD_HASH_CONCURRENCY", "0"), Map.of()))
                .hasMessageStartingWith("MTP_PASSWORD_HASH_CONCURRENCY:");
    }

    @Test
    void thumbnailsAreOffWithoutAClientToken_andTheirCacheIsBounded() {
        MtpConfig off = config(Map.of(), Map.of());
        MtpConfig on = config(
                Map.of(
                        "MAPILLARY_CLIENT_TOKEN", "MLY|123|0123456789abcdef0123456789abcdef",
                        "MTP_WEB_THUMBNAIL_CACHE_BYTES", "1048576"),
                Map.of());

        assertThat(off.mapillaryClientTokenIfSet()).isEmpty();
        assertThat(off.webThumbnailCacheBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(on.mapillaryClientTokenIfSet())
                .hasValueSatisfying(t -> assertThat(t.reveal()).isEqualTo("MLY|123|0123456789abcdef0123456789abcdef"));
        assertThat(on.webThumbnailCacheBytes()).isEqualTo(1_048_576L);
        assertThat(on.toString()).doesNotContain("0123456789abcdef0123456789abcdef");
        assertThatThrownBy(() -> config(Map.of("MTP_WEB_THUMBNAIL_CACHE_BYTES", "-1"), Map.of()))
                .hasMessageContaining("MTP_WEB_THUMBNAIL_CACHE_BYTES");
    }

    @Test
    void dotEnvLinesMayBeQuotedExportedOrCommented() {
        assertThat(DotEnvFile.parse(List.of("# comment", "", "export A=1", "B=\"two words\"", "C='x=y'", " D = 4 ")))
                .isEqualTo(Map.of("A", "1", "B", "two words", "C", "x=y", "D", "4"));
        assertThatThrownBy(() -> DotEnvFile.parse(List.of("NOEQUALS"))).hasMessageContaining("line 1");
    }

    @Test
    void aMissingSecretKeyIsGeneratedOnceAndKeptReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        byte[] first = SecretKeyStore.current(null, dir, new SecureRandom());
        byte[] second = SecretKeyStore.current(null, dir, new SecureRandom());

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))))
                .isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("secret.key");
        }
    }

    @Test
    void aConfiguredSecretKeyMustBeBase64Of32Bytes(@TempDir Path dir) {
        String valid = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(SecretKeyStore.current(valid, dir, new SecureRandom())).hasSize(32);
        assertThatThrownBy(() -> SecretKeyStore.current("not base64!", dir, new SecureRandom()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("MTP_SECRET_KEY:");
        assertThatThrownBy(() -> SecretKeyStore.previous(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageStartingWith("MTP_SECRET_KEY_PREVIOUS:");
    }
}
