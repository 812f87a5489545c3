package org.mtp.application.fake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * In-memory fake of {@link UnitOfWork}: runs the work directly and counts transactions. It cannot roll back, which
 * is why services decide every failure before their first write, and tests check that nothing changed.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final AtomicInteger transactions = new AtomicInteger();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions.incrementAndGet();
    return work.get();
  }

  public int transactions() {
    return transactions.get();
  }
}
