package org.mtp.adapter.persistence.transaction;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;

/**
 * Persistence adapter: recognises the failures that mean "someone else changed the same data first" and turns them into
 * the port's {@link ConcurrentUpdateException}; every other failure passes through as it is.
 */
final class ConcurrencyFailures {

    /**
     * SQLSTATEs of a lost race: 23505 unique violation (both databases), 40001 serialization failure (PostgreSQL) or
     * deadlock (H2), 40P01 deadlock (PostgreSQL), 90131 concurrent update of the same row (H2).
     */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "90131");

    private ConcurrencyFailures() {}

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ConcurrentUpdateException) {
            return failure;
        }
        String race = race(failure);
        return race == null ? failure : new ConcurrentUpdateException(race, failure);
    }

    /** What kind of race {@code failure} reports somewhere in its causes, or null when it reports none. */
    private static String race(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return "the data was changed by someone else first (optimistic lock)";
            }
            if (t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return "the data was written by someone else first (unique constraint " + violation.getConstraintName()
                        + ")";
            }
            if (t instanceof SQLException sql) {
                String state = raceState(sql);
                if (state != null) {
                    return "the data was changed by someone else first (SQLSTATE " + state + ")";
                }
            }
        }
        return null;
    }

    /** Batches report the failing statement as a chained "next" exception, so look there too. */
    private static String raceState(SQLException sql) {
        int guard = 0;
        for (SQLException e = sql; e != null && guard < 100; e = e.getNextException(), guard++) {
            if (e.getSQLState() != null && RACE_STATES.contains(e.getSQLState())) {
                return e.getSQLState();
            }
        }
        return null;
    }
}
