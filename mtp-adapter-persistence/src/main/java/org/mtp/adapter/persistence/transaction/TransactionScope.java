package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Persistence adapter: what one outermost unit of work holds, {@link Writing an EntityManager in a transaction} or
 * {@link Reading a plain pooled connection}, and the first failure of a nested unit of work.
 */
abstract sealed class TransactionScope permits TransactionScope.Writing, TransactionScope.Reading {

    private RuntimeException nestedFailure;

    /** A transaction's scope: everything goes through {@code entityManager}. */
    static Writing transaction(EntityManager entityManager) {
        return new Writing(entityManager);
    }

    /**
     * A read's scope on {@code connection}: plain SQL runs on it directly; the first repository that needs JPA gets a
     * session opened on the same connection by {@code sessionOnConnection}.
     */
    static Reading reading(Connection connection, Function<Connection, EntityManager> sessionOnConnection) {
        return new Reading(connection, sessionOnConnection);
    }

    abstract EntityManager entityManager();

    /**
     * Runs {@code work} on this scope's connection, so that plain SQL sees what the use case wrote through JPA.
     *
     * @throws SQLException only on a read's connection, where no session converts it
     */
    abstract <T> T withConnection(ReturningWork<T> work) throws SQLException;

    /** Remembers that a nested unit of work failed: the whole transaction must then roll back. */
    void nestedFailed(RuntimeException failure) {
        if (nestedFailure == null) {
            nestedFailure = failure;
        }
    }

    RuntimeException nestedFailure() {
        return nestedFailure;
    }

    /** Persistence adapter: the scope of {@code inTransaction}, one EntityManager in one database transaction. */
    static final class Writing extends TransactionScope {

        private final EntityManager entityManager;

        private Writing(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        EntityManager entityManager() {
            return entityManager;
        }

        /** Through the session, after flushing pending entity changes. */
        @Override
        <T> T withConnection(ReturningWork<T> work) {
            Session session = entityManager.unwrap(Session.class);
            session.flush();
            return session.doReturningWork(work);
        }
    }

    /**
     * Persistence adapter: the scope of {@code reading}, a borrowed connection in auto-commit with a session opened on
     * it only if a repository asks for JPA.
     */
    static final class Reading extends TransactionScope {

        private final Connection connection;
        private final Function<Connection, EntityManager> sessionOnConnection;
        private EntityManager session;

        private Reading(Connection connection, Function<Connection, EntityManager> sessionOnConnection) {
            this.connection = connection;
            this.sessionOnConnection = sessionOnConnection;
        }

        /** The session on the read's connection, opened on first use. */
        @Override
        EntityManager entityManager() {
            if (session == null) {
                session = sessionOnConnection.apply(connection);
            }
            return session;
        }

        /** Directly: a read never flushes, so there is nothing to write first. */
        @Override
        <T> T withConnection(ReturningWork<T> work) throws SQLException {
            return work.execute(connection);
        }

        boolean sessionOpened() {
            return session != null;
        }

        /** Closes the session, if one was opened; the connection stays with whoever borrowed it. */
        void closeSession() {
            if (session != null) {
                session.close();
            }
        }
    }
}
