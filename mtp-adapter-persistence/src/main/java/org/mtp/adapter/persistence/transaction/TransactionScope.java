package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.function.Function;

/**
 * Persistence adapter: what one outermost unit of work holds (an EntityManager in a transaction, or, for a read, a
 * plain pooled connection with a session opened on it only if a repository asks for one) and the first failure of a
 * nested unit of work.
 */
final class TransactionScope {

  private final Connection readingConnection;
  private final Function<Connection, EntityManager> sessionOnConnection;
  private EntityManager entityManager;
  private RuntimeException nestedFailure;

  private TransactionScope(EntityManager entityManager, Connection readingConnection,
      Function<Connection, EntityManager> sessionOnConnection) {
    this.entityManager = entityManager;
    this.readingConnection = readingConnection;
    this.sessionOnConnection = sessionOnConnection;
  }

  /** A transaction's scope: everything goes through {@code entityManager}. */
  static TransactionScope transaction(EntityManager entityManager) {
    return new TransactionScope(entityManager, null, null);
  }

  /**
   * A read's scope on {@code connection}: plain SQL runs on it directly; the first repository that needs JPA gets a
   * session opened on the same connection by {@code sessionOnConnection}.
   */
  static TransactionScope reading(Connection connection, Function<Connection, EntityManager> sessionOnConnection) {
    return new TransactionScope(null, connection, sessionOnConnection);
  }

  EntityManager entityManager() {
    if (entityManager == null) {
      entityManager = sessionOnConnection.apply(readingConnection);
    }
    return entityManager;
  }

  /** The connection of a read, for plain SQL with no session in between; null in a transaction. */
  Connection readingConnection() {
    return readingConnection;
  }

  /** Whether a session has been opened in this scope (a transaction's always has one). */
  boolean sessionOpened() {
    return entityManager != null;
  }

  /** Closes the session a read opened, if it opened one; the connection stays with whoever borrowed it. */
  void closeReadingSession() {
    if (readingConnection != null && entityManager != null) {
      entityManager.close();
    }
  }

  /** Remembers that a nested unit of work failed: the whole transaction must then roll back. */
  void nestedFailed(RuntimeException failure) {
    if (nestedFailure == null) {
      nestedFailure = failure;
    }
  }

  RuntimeException nestedFailure() {
    return nestedFailure;
  }
}
