package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.SqlStates;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;

/** The pool's connections carry the configured lock and statement timeouts, so a blocked use case fails in time. */
class TimeoutsTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofMillis(400);

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension(
            config -> config.withTimeouts(Duration.ofSeconds(10), LOCK_TIMEOUT, STATEMENT_TIMEOUT));

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenARowLockedByAnotherTransaction_whenAUseCaseUpdatesIt_thenTheLockTimeoutFailsItWithoutCallingItARace(
            Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        DataSource dataSource = context.dataSource();
        UUID user = TestRows.user(dataSource, "locked");
        try (Connection holder = dataSource.getConnection();
                PreparedStatement lock =
                        holder.prepareStatement("UPDATE users SET password_hash = 'held' WHERE id = ?")) {
            lock.setObject(1, user);
            lock.executeUpdate();

            assertThatThrownBy(() -> context.unitOfWork()
                            .run(() -> context.entityManagers()
                                    .current()
                                    .createNativeQuery("UPDATE users SET password_hash = 'waiting' WHERE id = ?1")
                                    .setParameter(1, user)
                                    .executeUpdate()))
                    .isNotInstanceOf(ConcurrentUpdateException.class)
                    .satisfies(e -> assertThat(SqlStates.of(e)).isIn(Set.of("55P03", "HYT00")));
            holder.rollback();
        }
    }

    @Test
    void givenARunawayStatementOnPostgres_whenItRunsPastTheStatementTimeout_thenTheServerCancelsIt() {
        PersistenceContext context = DB.context(Database.POSTGRESQL);

        assertThatThrownBy(() -> context.unitOfWork()
                        .run(() -> context.entityManagers()
                                .current()
                                .createNativeQuery("SELECT pg_sleep(30)")
                                .getSingleResult()))
                .satisfies(e -> assertThat(SqlStates.of(e)).isEqualTo("57014"));
    }

    @Test
    void givenH2_whenAConnectionIsBorrowed_thenItsSessionHasTheConfiguredTimeouts() throws SQLException {
        try (Connection connection = DB.context(Database.H2).dataSource().getConnection();
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("SELECT LOCK_TIMEOUT(), SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                + " WHERE SETTING_NAME = 'QUERY_TIMEOUT'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(LOCK_TIMEOUT.toMillis());
            assertThat(rows.getString(2)).isEqualTo(Long.toString(STATEMENT_TIMEOUT.toMillis()));
            connection.rollback();
        }
    }
}
