package org.mtp.adapter.persistence.transaction;

import java.sql.SQLException;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Persistence adapter: turns an {@link SQLException} met on a read's plain connection into the exception Hibernate
 * raises for the same failure inside a session, so that a read and a transaction fail alike (a lost connection is a
 * {@code JDBCConnectionException}, a unique violation a {@code ConstraintViolationException}, and so on).
 */
final class SqlFailures {

  private SqlFailures() {}

  static RuntimeException convert(SessionFactory sessions, SQLException failure, String doing) {
    return sessions.unwrap(SessionFactoryImplementor.class).getJdbcServices().getSqlExceptionHelper()
        .convert(failure, doing);
  }
}
