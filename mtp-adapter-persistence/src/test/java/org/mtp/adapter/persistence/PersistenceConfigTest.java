package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The configuration validates its fields and never prints a password. */
class PersistenceConfigTest {

    @Test
    void givenAPassword_whenPrinted_thenItIsMasked() {
        PersistenceConfig config = PersistenceConfig.of("jdbc:postgresql://db/mtp", "mtp", "s3cr3t-pw");

        assertThat(config.toString())
                .doesNotContain("s3cr3t-pw")
                .contains("password=****")
                .contains("user=mtp");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://db/mtp?user=mtp&password=s3cr3t-pw&ssl=true",
                "jdbc:h2:file:/data/mtp;USER=sa;PASSWORD=s3cr3t-pw;WRITE_DELAY=0"
            })
    void givenAPasswordInsideTheUrl_whenPrinted_thenItIsMaskedThereToo(String url) {
        String printed = PersistenceConfig.of(url, "mtp", "").toString();

        assertThat(printed).doesNotContain("s3cr3t-pw").containsIgnoringCase("password=****");
    }

    @Test
    void givenAnH2DataDirectory_whenConfigured_thenTheDurableUrlAndTheAdminUserAreUsed() {
        PersistenceConfig config = PersistenceConfig.h2(Path.of("/var/lib/mtp"));

        assertThat(config.database()).isEqualTo(Database.H2);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:/var/lib/mtp/mtp;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        assertThat(config.user()).isEqualTo("sa");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void givenAPoolSizeOutOfRange_whenConfigured_thenTheFieldIsNamed(int size) {
        PersistenceConfig config = PersistenceConfig.of("jdbc:h2:mem:x", "sa", "");

        assertThatThrownBy(() -> config.withMaxPoolSize(size)).hasMessageContaining("'maxPoolSize'");
    }

    @Test
    void givenATimeoutTooShort_whenConfigured_thenTheFieldIsNamed() {
        PersistenceConfig config = PersistenceConfig.of("jdbc:h2:mem:x", "sa", "");

        assertThatThrownBy(
                        () -> config.withTimeouts(Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("'connectionTimeout'");
        assertThatThrownBy(() -> config.withTimeouts(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("'lockTimeout'");
        assertThatThrownBy(() -> config.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), null))
                .hasMessageContaining("'statementTimeout'");
    }

    @Test
    void givenNoPassword_whenConfigured_thenTheFieldIsNamed() {
        assertThatThrownBy(() -> PersistenceConfig.of("jdbc:h2:mem:x", "sa", null))
                .hasMessageContaining("'password'");
    }

    @Test
    void givenADirectoryWithASemicolon_whenTurnedIntoAnH2Url_thenItIsRefused() {
        assertThatThrownBy(() -> H2Urls.file(Path.of("/tmp/a;b"))).hasMessageContaining("'dataDir'");
    }
}
