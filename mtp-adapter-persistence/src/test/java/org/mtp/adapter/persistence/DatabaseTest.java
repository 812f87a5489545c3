package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The vendor comes from the JDBC URL; an unsupported URL is refused without echoing it. */
class DatabaseTest {

    @ParameterizedTest
    @CsvSource({
        "jdbc:h2:file:/var/lib/mtp/mtp;WRITE_DELAY=0, H2",
        "jdbc:h2:mem:test, H2",
        "JDBC:H2:file:./data/mtp, H2",
        "jdbc:postgresql://db.example.org:5432/mtp, POSTGRESQL",
        "' jdbc:postgresql:mtp', POSTGRESQL"
    })
    void givenASupportedUrl_whenDetected_thenTheVendorIsKnown(String url, Database expected) {
        assertThat(Database.fromJdbcUrl(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://db/mtp?password=hunter2", "jdbc:sqlite:mtp.db", "postgresql://db/mtp"})
    void givenAnUnsupportedUrl_whenDetected_thenTheErrorNamesTheSupportedOnesButNotTheUrl(String url) {
        assertThatThrownBy(() -> Database.fromJdbcUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:")
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("/mtp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void givenABlankUrl_whenDetected_thenTheFieldIsNamed(String url) {
        assertThatThrownBy(() -> Database.fromJdbcUrl(url)).hasMessageContaining("'jdbcUrl'");
    }

    @ParameterizedTest
    @CsvSource({"H2, classpath:db/migration/h2", "POSTGRESQL, classpath:db/migration/postgresql"})
    void givenADatabase_whenAskedForMigrations_thenTheSharedOnesComeFirstThenItsOwn(Database database, String own) {
        assertThat(database.migrationLocations()).containsExactly("classpath:db/migration/common", own);
    }
}
