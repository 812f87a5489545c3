package org.mtp.adapter.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.SqlStates;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** The unit of work on both databases: commit, rollback without trace, nesting, and the race translation. */
class UnitOfWorkTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenWorkThatWrites_whenItReturns_thenTheRowIsCommittedAndTheResultReturned(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID id = UUID.randomUUID();

        String result = context.unitOfWork().inTransaction(() -> {
            insertUser(context.entityManagers(), id, "commit_" + database);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(countUsers(context, id)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenWorkThatThrowsAfterAFlushedWrite_whenRun_thenNothingIsLeftAndTheSameExceptionPropagates(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID id = UUID.randomUUID();
        IllegalArgumentException failure = new IllegalArgumentException("rule broken");

        assertThatThrownBy(() -> context.unitOfWork().run(() -> {
                    insertUser(context.entityManagers(), id, "rollback_" + database);
                    context.entityManagers().current().flush();
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(countUsers(context, id)).isZero();
        assertThat(context.entityManagers().inUnitOfWork()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenNestedUnitsOfWork_whenBothReturn_thenTheyShareOneEntityManagerAndCommitTogether(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UnitOfWork unitOfWork = context.unitOfWork();
        UUID outer = UUID.randomUUID();
        UUID inner = UUID.randomUUID();
        AtomicReference<EntityManager> innerManager = new AtomicReference<>();

        EntityManager outerManager = unitOfWork.inTransaction(() -> {
            insertUser(context.entityManagers(), outer, "outer_" + database);
            unitOfWork.run(() -> {
                innerManager.set(context.entityManagers().current());
                insertUser(context.entityManagers(), inner, "inner_" + database);
            });
            return context.entityManagers().current();
        });

        assertThat(innerManager.get()).isSameAs(outerManager);
        assertThat(countUsers(context, outer) + countUsers(context, inner)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAnOuterFailureAfterANestedUnitReturned_whenRun_thenTheNestedWriteIsRolledBackToo(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UnitOfWork unitOfWork = context.unitOfWork();
        UUID inner = UUID.randomUUID();
        IllegalStateException failure = new IllegalStateException("outer failed");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    unitOfWork.run(() -> insertUser(context.entityManagers(), inner, "nested_" + database));
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(countUsers(context, inner)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenANestedFailureThatTheOuterCatches_whenRun_thenEverythingRollsBack(Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        UnitOfWork unitOfWork = context.unitOfWork();
        UUID outer = UUID.randomUUID();
        IllegalArgumentException nestedFailure = new IllegalArgumentException("nested failed");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    insertUser(context.entityManagers(), outer, "swallow_" + database);
                    try {
                        unitOfWork.run(() -> {
                            throw nestedFailure;
                        });
                    } catch (IllegalArgumentException swallowed) {
                        // the use case carries on as if nothing happened: the unit of work must not commit anyway
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasCause(nestedFailure);

        assertThat(countUsers(context, outer)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenNoUnitOfWork_whenARepositoryAsksForTheEntityManager_thenItIsToldToUseOne(Database database) {
        EntityManagers entityManagers = DB.context(database).entityManagers();

        assertThatThrownBy(entityManagers::current)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UnitOfWork.inTransaction");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAnOptimisticLockFailure_whenRun_thenItBecomesAConcurrentUpdateWithTheOriginalAsCause(Database database) {
        UnitOfWork unitOfWork = DB.context(database).unitOfWork();
        OptimisticLockException conflict = new OptimisticLockException("row version changed");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    throw conflict;
                }))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasCause(conflict);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAUsernameTakenMeanwhile_whenTheInsertCommits_thenAConcurrentUpdateReportsTheUniqueKey(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        String username = "race_" + database;
        TestRows.user(context.dataSource(), username);
        UUID loser = UUID.randomUUID();

        assertThatThrownBy(() -> context.unitOfWork().run(() -> insertUser(context.entityManagers(), loser, username)))
                .isInstanceOf(ConcurrentUpdateException.class)
                .satisfies(e -> assertThat(SqlStates.of(e)).isEqualTo("23505"));
        assertThat(countUsers(context, loser)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAViolatedCheck_whenRun_thenTheFailureIsNotMistakenForARace(Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> context.unitOfWork().run(() -> insertUser(context.entityManagers(), id, "no")))
                .isNotInstanceOf(ConcurrentUpdateException.class)
                .satisfies(e -> assertThat(SqlStates.of(e)).isIn("23513", "23514"));
        assertThat(countUsers(context, id)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenReadingWork_whenRun_thenItsSessionIsReadOnlyAndNeverFlushes_whileAWritingOneIsNeither(Database database) {
        PersistenceContext context = DB.context(database);

        List<Boolean> reading = context.unitOfWork().reading(() -> sessionModes(context.entityManagers()));
        List<Boolean> writing = context.unitOfWork().inTransaction(() -> sessionModes(context.entityManagers()));

        assertThat(reading).as("read-only by default, manual flush").containsExactly(true, true);
        assertThat(writing).as("read-only by default, manual flush").containsExactly(false, false);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenReadingWork_whenRun_thenItsStatementsRunInAutoCommit_andWritingWorkAfterItGetsATransactionAgain(
            Database database) {
        PersistenceContext context = DB.context(database);

        for (int i = 0; i < 3; i++) {
            assertThat(context.unitOfWork().reading(() -> autoCommit(context.entityManagers())))
                    .isTrue();
            assertThat(context.unitOfWork().inTransaction(() -> autoCommit(context.entityManagers())))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAReadDoneInSql_whenRun_thenNoSessionIsOpened_andOneAskingForJpaGetsOneOnTheSameConnection(
            Database database) {
        PersistenceContext context = DB.context(database);
        EntityManagers entityManagers = context.entityManagers();
        Jdbc jdbc = new Jdbc(entityManagers, database);

        boolean sqlOnly = context.unitOfWork().reading(() -> {
            jdbc.list("SELECT id FROM users", row -> row.uuid("id"));
            return readSessionOpened(entityManagers);
        });
        List<Object> connections = context.unitOfWork().reading(() -> {
            Connection plain = jdbc.withConnection(connection -> connection);
            Connection session =
                    entityManagers.current().unwrap(Session.class).doReturningWork(connection -> connection);
            return List.of(readSessionOpened(entityManagers), plain == session);
        });

        assertThat(sqlOnly).isFalse();
        assertThat(connections).containsExactly(true, true);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenReads_whenDone_thenEveryConnectionIsBackInThePool_evenAfterAFailure(Database database) {
        PersistenceContext context = DB.context(database);
        Jdbc jdbc = new Jdbc(context.entityManagers(), database);
        HikariPoolMXBean pool = ((HikariDataSource) context.dataSource()).getHikariPoolMXBean();
        int before = pool.getActiveConnections();

        context.unitOfWork()
                .reading(() -> context.entityManagers()
                        .current()
                        .createNativeQuery("SELECT 1")
                        .getSingleResult());
        assertThatThrownBy(() -> context.unitOfWork().reading(() -> jdbc.list("SELECT nothing FROM nowhere", row -> 1)))
                .isInstanceOf(RuntimeException.class);

        assertThat(pool.getActiveConnections()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenBadSql_whenRunInAReadOrInATransaction_thenBothFailWithTheSameHibernateException(Database database) {
        PersistenceContext context = DB.context(database);
        Jdbc jdbc = new Jdbc(context.entityManagers(), database);

        Throwable inRead = catchThrowable(
                () -> context.unitOfWork().reading(() -> jdbc.list("SELECT nothing FROM nowhere", row -> 1)));
        Throwable inTransaction = catchThrowable(
                () -> context.unitOfWork().inTransaction(() -> jdbc.list("SELECT nothing FROM nowhere", row -> 1)));

        assertThat(inRead).isInstanceOf(SQLGrammarException.class);
        assertThat(inRead.getClass()).isEqualTo(inTransaction.getClass());
    }

    private static boolean readSessionOpened(EntityManagers entityManagers) {
        return ((TransactionScope.Reading) entityManagers.scope()).sessionOpened();
    }

    private static boolean autoCommit(EntityManagers entityManagers) {
        return entityManagers.current().unwrap(Session.class).doReturningWork(connection -> connection.getAutoCommit());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenReadingWorkInsideATransaction_whenRun_thenItJoinsItAndTheOuterWritesCommit(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UnitOfWork unitOfWork = context.unitOfWork();
        UUID id = UUID.randomUUID();

        List<Boolean> inner = unitOfWork.inTransaction(() -> {
            insertUser(context.entityManagers(), id, "reader_" + database);
            return unitOfWork.reading(() -> sessionModes(context.entityManagers()));
        });

        assertThat(inner).containsExactly(false, false);
        assertThat(countUsers(context, id)).isEqualTo(1);
    }

    private static List<Boolean> sessionModes(EntityManagers entityManagers) {
        Session session = entityManagers.current().unwrap(Session.class);
        return List.of(session.isDefaultReadOnly(), session.getHibernateFlushMode() == FlushMode.MANUAL);
    }

    private static void insertUser(EntityManagers entityManagers, UUID id, String username) {
        String key = username.toLowerCase(Locale.ROOT);
        entityManagers
                .current()
                .createNativeQuery("INSERT INTO users (id, username, username_key, email, email_key,"
                        + " password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'hash', ?6)")
                .setParameter(1, id)
                .setParameter(2, username)
                .setParameter(3, key)
                .setParameter(4, id + "@example.org")
                .setParameter(5, id + "@example.org")
                .setParameter(6, TestRows.T0)
                .executeUpdate();
    }

    private static long countUsers(PersistenceContext context, UUID id) throws SQLException {
        return Sql.number(context.dataSource(), "SELECT COUNT(*) FROM users WHERE id = ?", id);
    }
}
