package org.mtp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void serveIsTheDefault() {
        assertThat(CommandLine.parse()).isInstanceOf(Invocation.Serve.class);
        assertThat(CommandLine.parse("serve")).isInstanceOf(Invocation.Serve.class);
        assertThat(CommandLine.parse("migrate")).isInstanceOf(Invocation.Migrate.class);
        assertThat(CommandLine.parse("check")).isInstanceOf(Invocation.Check.class);
        assertThat(CommandLine.parse("--help")).isInstanceOf(Invocation.Help.class);
    }

    @Test
    void userCreateTakesItsThreeOptionsInAnyOrderAndHidesThePassword() {
        Invocation parsed = CommandLine.parse(
                "user", "create", "--email", "a@example.org", "--password=s3cret-pw", "--username", "alice");

        assertThat(parsed).isEqualTo(new Invocation.CreateUser("alice", "a@example.org", "s3cret-pw"));
        assertThat(parsed.toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void clientCreateTakesRepeatedRedirectUrisAnOptionalIdAndTheConfidentialFlag() {
        assertThat(CommandLine.parse(
                        "client",
                        "create",
                        "--name",
                        "Uploader",
                        "--redirect-uri",
                        "app.mtp.desktop://app",
                        "--client-id",
                        "98fgjsjduf89388"))
                .isEqualTo(new Invocation.CreateClient(
                        "Uploader", List.of("app.mtp.desktop://app"), "98fgjsjduf89388", false));
        assertThat(CommandLine.parse(
                        "client",
                        "create",
                        "--name",
                        "Web",
                        "--redirect-uri",
                        "https://a.example/cb",
                        "--redirect-uri",
                        "https://b.example/cb",
                        "--confidential"))
                .isEqualTo(new Invocation.CreateClient(
                        "Web", List.of("https://a.example/cb", "https://b.example/cb"), null, true));
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse("launch"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown command 'launch'");
        assertThatThrownBy(() -> CommandLine.parse("user", "create", "--username", "alice", "--email", "a@b.c"))
                .hasMessageContaining("--password is required");
        assertThatThrownBy(() -> CommandLine.parse(
                        "user", "create", "--username", "a", "--username", "b", "--email", "x", "--password", "y"))
                .hasMessageContaining("more than once");
        assertThatThrownBy(() -> CommandLine.parse("user", "delete")).hasMessageContaining("'create'");
        assertThatThrownBy(() -> CommandLine.parse("client", "create", "--name", "x"))
                .hasMessageContaining("--redirect-uri");
        assertThatThrownBy(() -> CommandLine.parse("client", "create", "--name"))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.parse("user", "create", "--admin")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> CommandLine.parse("migrate", "now")).hasMessageContaining("unexpected argument");
        assertThatThrownBy(() -> CommandLine.parse("check", "--port", "1")).hasMessageContaining("unexpected argument");
    }
}
