package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jdbc.ReturningWork;

/**
 * Persistence adapter: hands repositories the {@link EntityManager} of the unit of work running on the current thread.
 * Repositories never open EntityManagers or transactions themselves; the use case's {@link JpaUnitOfWork} does, once.
 */
public final class EntityManagers {

    private final CompletableFuture<EntityManagerFactory> factory;
    private final DataSource dataSource;
    private final ThreadLocal<TransactionScope> scope = new ThreadLocal<>();

    /**
     * Over a factory that may still be being built (the first unit of work waits for it; start-up wires meanwhile) and
     * the pool it draws from, which reads borrow from directly.
     */
    public EntityManagers(CompletableFuture<EntityManagerFactory> factory, DataSource dataSource) {
        this.factory = Objects.requireNonNull(factory, "'factory' must not be null");
        this.dataSource = Objects.requireNonNull(dataSource, "'dataSource' must not be null");
    }

    /**
     * The EntityManager of this thread's unit of work.
     *
     * @throws IllegalStateException when no unit of work runs on this thread: a repository was called outside
     *     {@code UnitOfWork.inTransaction}
     */
    public EntityManager current() {
        return running().entityManager();
    }

    /**
     * Runs {@code work} on the connection of this thread's unit of work: a read's directly, a transaction's through its
     * session after flushing pending entity changes, so that SQL sees what the use case wrote through JPA.
     *
     * @throws IllegalStateException when no unit of work runs on this thread
     */
    public <T> T withConnection(ReturningWork<T> work) {
        try {
            return running().withConnection(work);
        } catch (SQLException e) {
            throw sqlFailure(e, "reading");
        }
    }

    private TransactionScope running() {
        TransactionScope current = scope.get();
        if (current == null) {
            throw new IllegalStateException(
                    "no unit of work is running on this thread: call repositories inside UnitOfWork.inTransaction");
        }
        return current;
    }

    /**
     * {@code failure}, met on a read's plain connection, as Hibernate raises the same failure inside a session (a lost
     * connection a {@code JDBCConnectionException}, a unique violation a {@code ConstraintViolationException}, ...), so
     * that a read and a transaction fail alike.
     */
    RuntimeException sqlFailure(SQLException failure, String doing) {
        return factory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getSqlExceptionHelper()
                .convert(failure, doing);
    }

    /** Whether a unit of work of this database runs on the current thread. */
    public boolean inUnitOfWork() {
        return scope.get() != null;
    }

    EntityManagerFactory factory() {
        try {
            return factory.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "the database did not get ready: " + e.getCause().getMessage(), e.getCause());
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    TransactionScope scope() {
        return scope.get();
    }

    void bind(TransactionScope newScope) {
        scope.set(newScope);
    }

    void unbind() {
        scope.remove();
    }
}
