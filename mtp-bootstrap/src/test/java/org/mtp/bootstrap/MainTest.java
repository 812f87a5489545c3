package org.mtp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path data;

    private record Outcome(int code, String out, String err) {}

    private Outcome run(Map<String, String> extra, String... args) {
        Map<String, String> env =
                new HashMap<>(Map.of("MTP_DATA_DIR", data.toString(), "MTP_PASSWORD_HASH_ITERATIONS", "1000"));
        env.putAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                env,
                data.resolve(".env"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badArgumentsExitWith2AndTheUsage() {
        Outcome outcome = run(Map.of(), "user", "create", "--username", "alice");

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("mtp: --email is required").contains("Usage: java -jar mtp.jar");
        assertThat(run(Map.of(), "help").code()).isZero();
    }

    @Test
    void anInvalidSettingExitsWith2AndOneLineNamingItWithoutAStackTrace() {
        Outcome outcome = run(Map.of("MTP_HTTP_PORT", "seventy"), "migrate");

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("mtp: MTP_HTTP_PORT: must be a whole number, was 'seventy'");
    }

    @Test
    void settingsAlsoComeFromDotEnvAndTheEnvironmentWins() throws Exception {
        Files.writeString(data.resolve(".env"), "MTP_HTTP_PORT=seventy\nMTP_DAILY_IMPORT_LIMIT=none\n");

        assertThat(run(Map.of("MTP_HTTP_PORT", "7001"), "migrate").err())
                .contains("MTP_DAILY_IMPORT_LIMIT")
                .doesNotContain("MTP_HTTP_PORT");
    }

    @Test
    void adminCommandsMigrateCreateUsersAndClientsAndRefuseDuplicates() {
        assertThat(run(Map.of(), "migrate").out()).contains("database is up to date");

        Outcome user = run(
                Map.of(),
                "user",
                "create",
                "--username",
                "alice",
                "--email",
                "alice@example.org",
                "--password",
                "correct horse");
        assertThat(user.code()).isZero();
        assertThat(user.out()).startsWith("user created: alice (");
        assertThat(user.out() + user.err()).doesNotContain("correct horse");
        Outcome again = run(
                Map.of(),
                "user",
                "create",
                "--username",
                "ALICE",
                "--email",
                "other@example.org",
                "--password",
                "correct horse");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("mtp: ").contains("username");

        Outcome client = run(
                Map.of(),
                "client",
                "create",
                "--name",
                "Web",
                "--redirect-uri",
                "https://web.example/cb",
                "--confidential");
        assertThat(client.code()).isZero();
        assertThat(client.out()).containsPattern("client_id: \\S+").containsPattern("client_secret: \\S+");
        Outcome badUri = run(Map.of(), "client", "create", "--name", "Evil", "--redirect-uri", "javascript:alert(1)");
        assertThat(badUri.code()).isEqualTo(1);
        assertThat(badUri.err()).contains("redirect_uri");
    }

    @Test
    void checkStartsTheServiceOnAFreshDataDirAsksItsReadinessAndStops() throws Exception {
        Outcome outcome = run(Map.of("MTP_HTTP_PORT", "0"), "check");

        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(outcome.out()).startsWith("ready: database H2");
        // It stopped: the database is free for the next command, which finds the schema already migrated.
        assertThat(run(Map.of(), "migrate").out()).contains("(0 migrations applied now)");
    }

    @Test
    void checkFailsWithExit1AndOneLineWhenTheServiceCannotStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome outcome = run(Map.of("MTP_HTTP_PORT", String.valueOf(taken.getLocalPort())), "check");

            assertThat(outcome.code()).isEqualTo(1);
            assertThat(outcome.err()).startsWith("mtp: cannot start").doesNotContain("\tat ");
        }
    }
}
