package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Persistence adapter: hands repositories the {@link EntityManager} of the unit of work running on the current
 * thread. Repositories never open EntityManagers or transactions themselves; the use case's
 * {@link JpaUnitOfWork} does, once.
 */
public final class EntityManagers {

  private final CompletableFuture<EntityManagerFactory> factory;
  private final ThreadLocal<TransactionScope> scope = new ThreadLocal<>();

  /** Over a factory that may still be being built: the first unit of work waits for it (start-up wires meanwhile). */
  public EntityManagers(CompletableFuture<EntityManagerFactory> factory) {
    this.factory = Objects.requireNonNull(factory, "'factory' must not be null");
  }

  /**
   * The EntityManager of this thread's unit of work.
   *
   * @throws IllegalStateException when no unit of work runs on this thread: a repository was called outside
   *     {@code UnitOfWork.inTransaction}
   */
  public EntityManager current() {
    TransactionScope current = scope.get();
    if (current == null) {
      throw new IllegalStateException(
          "no unit of work is running on this thread: call repositories inside UnitOfWork.inTransaction");
    }
    return current.entityManager();
  }

  /** Whether a unit of work of this database runs on the current thread. */
  public boolean inUnitOfWork() {
    return scope.get() != null;
  }

  EntityManagerFactory factory() {
    try {
      return factory.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the database did not get ready: " + e.getCause().getMessage(), e.getCause());
    }
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
