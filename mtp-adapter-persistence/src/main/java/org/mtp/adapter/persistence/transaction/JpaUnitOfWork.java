package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * Persistence adapter: one EntityManager and one database transaction per use case. The outermost call opens them
 * and binds them to the thread (see {@link EntityManagers#current()}); nested calls join. When the work throws,
 * everything rolls back and the exception propagates as it is, except that an unreachable database (no connection in
 * time, a refused, broken or silent connection) becomes a {@code StoreUnavailableException} and a lost race
 * (optimistic lock, unique key, deadlock) a {@code ConcurrentUpdateException}, each with the original as its cause.
 */
public final class JpaUnitOfWork implements UnitOfWork {

  private final EntityManagers entityManagers;

  public JpaUnitOfWork(EntityManagers entityManagers) {
    this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "'work' must not be null");
    TransactionScope running = entityManagers.scope();
    return running == null ? outermost(work, false) : joined(running, work);
  }

  /**
   * A reading use case gets a read-only session that never flushes: loaded entities keep no snapshot and are never
   * dirty-checked, neither before each query (auto-flush) nor at commit. Measured in docs/performance.md ("HTTP load").
   */
  @Override
  public <T> T reading(Supplier<T> work) {
    Objects.requireNonNull(work, "'work' must not be null");
    TransactionScope running = entityManagers.scope();
    return running == null ? outermost(work, true) : joined(running, work);
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

  private <T> T outermost(Supplier<T> work, boolean readOnly) {
    EntityManager entityManager = entityManagers.factory().createEntityManager();
    if (readOnly) {
      Session session = entityManager.unwrap(Session.class);
      session.setDefaultReadOnly(true);
      session.setHibernateFlushMode(FlushMode.MANUAL);
    }
    TransactionScope scope = new TransactionScope(entityManager);
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
