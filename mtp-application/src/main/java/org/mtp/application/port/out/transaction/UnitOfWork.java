package org.mtp.application.port.out.transaction;

import java.util.function.Supplier;

/**
 * Outgoing port for transactions scoped to a use case: the work either commits as a whole or, when it throws,
 * leaves no trace. Implementations may retry nothing; the exception reaches the caller unchanged.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
