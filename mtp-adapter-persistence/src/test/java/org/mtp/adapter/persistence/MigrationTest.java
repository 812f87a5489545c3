package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.testing.EmbeddedPostgresServer;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;

/** Flyway owns the schema: a fresh database migrates, Hibernate validates the result, a reopened one is left alone. */
class MigrationTest {

    private static final List<String> TABLES = List.of(
            "access_tokens",
            "authorization_codes",
            "challenge_area_positions",
            "challenge_camera_makes",
            "challenge_transport_types",
            "challenges",
            "flyway_schema_history",
            "import_jobs",
            "leaderboard_cells",
            "leaderboard_parent_years",
            "map_cells",
            "map_cells_lock",
            "map_points",
            "mapillary_connection_states",
            "mapillary_tokens",
            "oauth_client_redirect_uris",
            "oauth_clients",
            "photos",
            "sequence_likes",
            "sequence_tags",
            "sequences",
            "sign_in_attempts",
            "tour_likes",
            "tour_sequences",
            "tour_tags",
            "tours",
            "user_totals",
            "users",
            "viewpoints");

    /** Versions 1 and 3 shared, 2 and 4 one per vendor: every database applies four. */
    private final List<Runnable> cleanups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAnEmptyDatabase_whenStarted_thenEveryMigrationRunsAndHibernateValidatesTheSchema(Database database)
            throws SQLException {
        PersistenceConfig config = emptyDatabase(database);

        try (PersistenceContext context = PersistenceContext.start(config)) {
            assertThat(context.migrationsApplied()).isEqualTo(scripts(database));
            assertThat(tables(context)).containsExactlyElementsOf(TABLES);
            assertThat(
                            Sql.number(
                                    context.dataSource(),
                                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE"))
                    .isEqualTo(scripts(database));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAContextStillOpening_whenClosed_thenTheMigrationIsFinishedNotCutShort(Database database) {
        PersistenceConfig config = emptyDatabase(database);

        PersistenceContext.open(config).close();

        try (PersistenceContext reopened = PersistenceContext.start(config)) {
            assertThat(reopened.migrationsApplied()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenASchemaThatLacksAMappedColumn_whenStarted_thenHibernateValidationRefusesToStart(Database database)
            throws SQLException {
        PersistenceConfig config = emptyDatabase(database);
        Migrations.migrate(config);
        try (PersistenceContext context = PersistenceContext.start(config)) {
            Sql.update(context.dataSource(), "ALTER TABLE sequences DROP COLUMN strava");
        }

        assertThatThrownBy(() -> PersistenceContext.start(config).close()).hasStackTraceContaining("strava");
    }

    @Test
    void givenAnExistingH2File_whenReopened_thenTheDataIsKeptAndNoMigrationRunsAgain() throws Exception {
        Path dir = Files.createTempDirectory("mtp-h2-reopen-");
        cleanups.add(() -> PersistenceExtension.deleteRecursively(dir));
        PersistenceConfig config = PersistenceConfig.h2(dir);
        UUID user;
        try (PersistenceContext first = PersistenceContext.start(config)) {
            assertThat(first.migrationsApplied()).isEqualTo(scripts(Database.H2));
            user = TestRows.user(first.dataSource(), "keeper");
        }

        try (PersistenceContext reopened = PersistenceContext.start(config)) {
            assertThat(reopened.migrationsApplied()).isZero();
            assertThat(Sql.number(reopened.dataSource(), "SELECT COUNT(*) FROM users WHERE id = ?", user))
                    .isEqualTo(1);
            assertThat(Sql.number(
                            reopened.dataSource(),
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'"))
                    .isEqualTo(scripts(Database.H2));
        }
    }

    /** How many migration scripts {@code database} has: the shared ones and its own, as they are on the classpath. */
    private static int scripts(Database database) {
        int count = 0;
        for (String location : database.migrationLocations()) {
            URL folder = MigrationTest.class.getClassLoader().getResource(location.substring("classpath:".length()));
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                count +=
                        (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                                .count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }

    private PersistenceConfig emptyDatabase(Database database) {
        switch (database) {
            case H2 -> {
                Path dir = createTempDirectory();
                cleanups.add(() -> PersistenceExtension.deleteRecursively(dir));
                return PersistenceConfig.h2(dir);
            }
            case POSTGRESQL -> {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
                String name = server.createEmptyDatabase();
                cleanups.add(() -> server.dropDatabase(name));
                return server.config(name);
            }
            default -> throw new IllegalArgumentException(database.name());
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("mtp-h2-migrate-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tables(PersistenceContext context) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = context.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                        + " WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            connection.rollback();
        }
        return names;
    }
}
