package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistence adapter: one EntityManager and one database transaction per use case. The outermost call opens them and
 * binds them to the thread (see {@link EntityManagers#current()}); nested calls join. When the work throws, everything
 * rolls back and the exception propagates as it is, except that an unreachable database (no connection in time, a
 * refused, broken or silent connection) becomes a {@code StoreUnavailableException} and a lost race (optimistic lock,
 * unique key, deadlock) a {@code ConcurrentUpdateException}, each with the original as its cause.
 */
public final class JpaUnitOfWork implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(JpaUnitOfWork.class);

    private final EntityManagers entityManagers;

    public JpaUnitOfWork(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "'work' must not be null");
        TransactionScope running = entityManagers.scope();
        return running == null ? outermost(work) : joined(running, work);
    }

    /**
     * A reading use case gets one pooled connection in auto-commit mode (no BEGIN and no COMMIT, two round trips fewer
     * per read) on which plain SQL runs directly; a Hibernate session, read-only and never flushed (loaded entities
     * keep no snapshot and are never dirty-checked), is opened on that connection only when a repository asks for JPA,
     * so a read done in SQL pays for no session. It sees what a transaction at READ COMMITTED would: each statement its
     * own snapshot. Measured in docs/performance.md ("HTTP load").
     */
    @Override
    public <T> T reading(Supplier<T> work) {
        Objects.requireNonNull(work, "'work' must not be null");
        TransactionScope running = entityManagers.scope();
        return running == null ? outermostReading(work) : joined(running, work);
    }

    /** A nested call shares the transaction; if it fails, the transaction can only roll back, even if caught. */
    private static <T> T joined(TransactionScope scope, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            RuntimeException translated = translate(e);
            scope.nestedFailed(translated);
            throw translated;
        } catch (Error e) {
            scope.nestedFailed(new IllegalStateException("a nested unit of work failed with an error", e));
            throw e;
        }
    }

    private <T> T outermostReading(Supplier<T> work) {
        SessionFactory sessions = entityManagers.factory().unwrap(SessionFactory.class);
        Connection connection = null;
        TransactionScope.Reading scope = null;
        try {
            connection = entityManagers.dataSource().getConnection();
            // The pool restores its default when the connection goes back.
            connection.setAutoCommit(true);
            scope = TransactionScope.reading(connection, held -> readOnlySession(sessions, held));
            entityManagers.bind(scope);
            try {
                return work.get();
            } finally {
                entityManagers.unbind();
            }
        } catch (SQLException e) {
            throw translate(entityManagers.sqlFailure(e, "borrowing a connection to read"));
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            release(scope, connection);
        }
    }

    /** A session on a read's connection: read-only entities, never flushed, the connection left open on close. */
    private static Session readOnlySession(SessionFactory sessions, Connection connection) {
        Session session = sessions.withOptions().connection(connection).openSession();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return session;
    }

    private static void release(TransactionScope.Reading scope, Connection connection) {
        if (scope != null) {
            scope.closeSession();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // The pool evicts a connection it cannot take back; the read itself is already answered.
                LOG.debug("returning a read's connection to the pool failed", e);
            }
        }
    }

    private <T> T outermost(Supplier<T> work) {
        EntityManager entityManager = entityManagers.factory().createEntityManager();
        TransactionScope.Writing scope = TransactionScope.transaction(entityManager);
        entityManagers.bind(scope);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.get();
            if (scope.nestedFailure() != null) {
                throw new IllegalStateException(
                        "rolled back: a nested unit of work failed and its failure was caught", scope.nestedFailure());
            }
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback(transaction, e);
            throw translate(e);
        } catch (Error e) {
            rollback(transaction, e);
            throw e;
        } finally {
            entityManagers.unbind();
            entityManager.close();
        }
    }

    /** A connection failure is never mistaken for a race: a broken connection may report any state on the way. */
    private static RuntimeException translate(RuntimeException failure) {
        RuntimeException unavailable = ConnectionFailures.translate(failure);
        return unavailable != failure ? unavailable : ConcurrencyFailures.translate(failure);
    }

    private static void rollback(EntityTransaction transaction, Throwable cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
