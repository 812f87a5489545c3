package org.mtp.adapter.persistence.testing;

import java.sql.SQLException;

/** Test support: the SQLSTATE a failure carries, wherever the driver's SQLException sits among its causes. */
public final class SqlStates {

    private SqlStates() {}

    /** The state of the first SQLException among {@code failure}'s causes, or null when there is none. */
    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
