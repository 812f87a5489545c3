package org.mtp.adapter.persistence.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Persistence adapter: binds statement parameters the same way on H2 and PostgreSQL. Instants go in as UTC
 * {@link OffsetDateTime} (both drivers map that to {@code TIMESTAMP WITH TIME ZONE}); a typed null is a
 * {@link Null}, since PostgreSQL cannot guess the type of a bare null.
 */
public final class Parameters {

  private Parameters() {}

  /** A null of one SQL type, from {@link java.sql.Types}. */
  public record Null(int sqlType) {
    public static final Null TIMESTAMP = new Null(Types.TIMESTAMP_WITH_TIMEZONE);
  }

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
        throw new IllegalArgumentException("parameter " + (i + 1) + " is a bare null; pass a Parameters.Null");
      } else if (value instanceof Null typed) {
        statement.setNull(i + 1, typed.sqlType());
      } else if (value instanceof Instant instant) {
        statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
