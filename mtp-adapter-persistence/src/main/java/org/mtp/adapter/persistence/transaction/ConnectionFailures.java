package org.mtp.adapter.persistence.transaction;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.mtp.application.port.out.transaction.StoreUnavailableException;

/**
 * Persistence adapter: recognises the failures that mean "the database cannot be reached or did not answer" (no pooled
 * connection within the connection timeout, a refused or broken connection, a socket read that timed out, a server
 * shutting down) and turns them into the port's {@link StoreUnavailableException}, so that no JDBC or Hibernate type
 * travels up and the caller can answer "try again later" instead of "bug".
 */
final class ConnectionFailures {

    /**
     * SQLSTATEs of an unreachable database beyond class 08 (connection exception): 57P01 admin shutdown, 57P02 crash
     * shutdown, 57P03 cannot connect now (PostgreSQL starting or in recovery).
     */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private ConnectionFailures() {}

    /** {@code failure} as a {@link StoreUnavailableException} when it reports an unreachable database, else itself. */
    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || !isConnectionFailure(failure)) {
            return failure;
        }
        return new StoreUnavailableException("the database could not be reached or did not answer in time", failure);
    }

    private static boolean isConnectionFailure(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
    }
}
