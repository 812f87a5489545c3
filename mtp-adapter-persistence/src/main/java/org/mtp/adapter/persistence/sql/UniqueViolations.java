package org.mtp.adapter.persistence.sql;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persistence adapter: tells whether a failure is a unique-key violation of one named constraint, so a store can turn
 * it into the port's typed failure. Both databases name the constraint (H2 in upper case, with an index suffix).
 */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {}

    public static boolean isViolationOf(Throwable failure, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (t instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
