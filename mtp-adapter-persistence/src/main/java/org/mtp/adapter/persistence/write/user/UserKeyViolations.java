package org.mtp.adapter.persistence.write.user;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persistence adapter: tells which unique key of {@code users} a failed write violated, from the constraint's name
 * (PostgreSQL reports {@code uq_users_username_key}, H2 an index named after it, so the name is matched as a part).
 */
final class UserKeyViolations {

    /** SQLSTATE of a unique or primary key violation, on both databases. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UserKeyViolations() {}

    /** {@code username} or {@code email} when {@code failure} is a violation of that key; empty for anything else. */
    static Optional<String> violatedField(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        boolean unique = false;
        StringBuilder names = new StringBuilder();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                unique |= violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
                names.append(' ').append(violation.getConstraintName());
            }
            if (t instanceof SQLException sql) {
                unique |= UNIQUE_VIOLATION.equals(sql.getSQLState());
                names.append(' ').append(sql.getMessage());
            }
        }
        String text = names.toString().toLowerCase(Locale.ROOT);
        if (!unique) {
            return Optional.empty();
        }
        if (text.contains("uq_users_username_key")) {
            return Optional.of("username");
        }
        return text.contains("uq_users_email_key") ? Optional.of("email") : Optional.empty();
    }
}
