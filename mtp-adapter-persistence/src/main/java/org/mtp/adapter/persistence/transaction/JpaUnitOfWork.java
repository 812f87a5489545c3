package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.resource.jdbc.spi.PhysicalConnectionHandlingMode;
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
    return running == null ? outermost(work) : joined(running, work);
  }

  /**
   * A reading use case gets a read-only session that never flushes (loaded entities keep no snapshot and are never
   * dirty-checked) on one connection in auto-commit mode: no BEGIN and no COMMIT, two round trips fewer per read. It
   * sees what a transaction at READ COMMITTED would: each statement its own snapshot. Measured in
   * docs/performance.md ("HTTP load").
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
    Session session = null;
    try {
      // One connection held for the whole session, so that the auto-commit switch covers every statement; the pool
      // restores its default when the session gives the connection back.
      session = entityManagers.factory().unwrap(SessionFactory.class).withOptions()
          .connectionHandlingMode(PhysicalConnectionHandlingMode.IMMEDIATE_ACQUISITION_AND_HOLD).openSession();
      session.setDefaultReadOnly(true);
      session.setHibernateFlushMode(FlushMode.MANUAL);
      session.doWork(connection -> connection.setAutoCommit(true));
      entityManagers.bind(new TransactionScope(session));
      try {
        return work.get();
      } finally {
        entityManagers.unbind();
      }
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      if (session != null) {
        session.close();
      }
    }
  }

  private <T> T outermost(Supplier<T> work) {
    EntityManager entityManager = entityManagers.factory().createEntityManager();
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
