package org.mtp.adapter.persistence.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Persistence adapter: binds statement parameters the same way on H2 and PostgreSQL. Instants go in as UTC
 * {@link OffsetDateTime} (both drivers map that to {@code TIMESTAMP WITH TIME ZONE}). A bare null is refused:
 * PostgreSQL cannot guess its type, so the stores state absent values in the SQL instead.
 */
final class Parameters {

    private Parameters() {}

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " is null; state absent values in the SQL");
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
