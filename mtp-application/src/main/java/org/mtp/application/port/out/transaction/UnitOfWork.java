package org.mtp.application.port.out.transaction;

import java.util.function.Supplier;

/**
 * Outgoing port for transactions scoped to a use case: the work either commits as a whole or, when it throws, leaves no
 * trace. Implementations may retry nothing; the exception reaches the caller unchanged.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, for use cases that only read: the implementation may skip what only writes need
     * (tracking changes of what was loaded, flushing them). The work must not write; inside a running transaction it
     * simply joins it.
     */
    default <T> T reading(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
