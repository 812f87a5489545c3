package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;
import org.mtp.application.port.out.transaction.StoreUnavailableException;

/**
 * A database that cannot be reached, or drops the connection, fails a unit of work with the port's
 * {@link StoreUnavailableException} within the configured timeouts; PostgreSQL connections carry the socket timeout
 * that keeps a silent database from hanging a use case.
 */
class UnreachableDatabaseTest {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(250);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofMillis(1500);

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension(config ->
            config.withMaxPoolSize(1).withTimeouts(CONNECTION_TIMEOUT, Duration.ofMillis(500), STATEMENT_TIMEOUT));

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenNoConnectionFreeWithinTheTimeout_whenAUseCaseRuns_thenItFailsAsStoreUnavailable(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        try (Connection onlyOne = context.dataSource().getConnection()) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> context.unitOfWork()
                            .run(() -> context.entityManagers()
                                    .current()
                                    .createNativeQuery("SELECT 1")
                                    .getSingleResult()))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("could not be reached")
                    .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            onlyOne.rollback();
        }
        assertThat(context.entityManagers().inUnitOfWork()).isFalse();
    }

    @Test
    void givenTheServerEndsTheSessionMidTransaction_whenTheUseCaseGoesOn_thenItFailsAsStoreUnavailableNotAsARace()
            throws SQLException {
        PersistenceContext context = DB.context(Database.POSTGRESQL);
        PersistenceConfig config = DB.config(Database.POSTGRESQL);

        assertThatThrownBy(() -> context.unitOfWork().run(() -> {
                    Object pid = context.entityManagers()
                            .current()
                            .createNativeQuery("SELECT pg_backend_pid()")
                            .getSingleResult();
                    terminate(config, ((Number) pid).intValue());
                    context.entityManagers()
                            .current()
                            .createNativeQuery("SELECT 1")
                            .getSingleResult();
                }))
                .isInstanceOf(StoreUnavailableException.class)
                .isNotInstanceOf(ConcurrentUpdateException.class);

        assertThat(context.unitOfWork()
                        .inTransaction(() -> ((Number) context.entityManagers()
                                        .current()
                                        .createNativeQuery("SELECT 1")
                                        .getSingleResult())
                                .intValue()))
                .as("the pool replaced the dropped connection")
                .isEqualTo(1);
    }

    @Test
    void givenPostgres_whenAConnectionIsBorrowed_thenItsSocketTimeoutOutlastsTheStatementTimeoutBySomeSeconds()
            throws SQLException {
        try (Connection connection =
                DB.context(Database.POSTGRESQL).dataSource().getConnection()) {
            int socketTimeoutMillis = connection.getNetworkTimeout();

            assertThat(socketTimeoutMillis).isEqualTo(3_000);
            assertThat(Duration.ofMillis(socketTimeoutMillis)).isGreaterThan(STATEMENT_TIMEOUT);
            connection.rollback();
        }
    }

    @ParameterizedTest(name = "statement timeout {0} ms: socket timeout {1} s")
    @CsvSource({"1, 2", "500, 2", "1000, 2", "1001, 3", "30000, 31"})
    void theSocketTimeoutIsTheStatementTimeoutPlusOneSecondInWholeSeconds(long statementMillis, int seconds) {
        PersistenceConfig config = PersistenceConfig.of("jdbc:postgresql://db/mtp", "mtp", "")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(statementMillis));

        assertThat(DataSources.socketTimeoutSeconds(config)).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "connection timeout {0} ms: validation within {1} ms")
    @CsvSource({"250, 250", "400, 250", "1000, 500", "10000, 5000", "60000, 5000"})
    void aBorrowedConnectionIsValidatedWithinHalfTheConnectionTimeoutBetween250MsAnd5S(
            long connectionMillis, long validationMillis) {
        assertThat(DataSources.validationTimeout(Duration.ofMillis(connectionMillis)))
                .isEqualTo(Duration.ofMillis(validationMillis));
    }

    /** Ends a backend from a connection of its own, as an administrator (or a crash) would. */
    private static void terminate(PersistenceConfig config, int pid) {
        try (Connection admin = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
                PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            kill.setInt(1, pid);
            kill.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
