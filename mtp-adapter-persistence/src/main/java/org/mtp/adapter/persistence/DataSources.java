package org.mtp.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;

/** Persistence adapter: the HikariCP pool every use case draws its connection from. */
final class DataSources {

  private DataSources() {}

  /**
   * A pool whose connections start outside auto-commit (a unit of work always commits explicitly) and carry the
   * configured lock and statement timeouts, so that a blocked or runaway statement fails instead of hanging a use case.
   */
  static HikariDataSource pooled(PersistenceConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("mtp-" + config.database().name().toLowerCase(Locale.ROOT));
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
    hikari.setAutoCommit(false);
    switch (config.database()) {
      case H2 -> hikari.setConnectionInitSql("SET LOCK_TIMEOUT " + config.lockTimeout().toMillis()
          + "; SET QUERY_TIMEOUT " + config.statementTimeout().toMillis());
      case POSTGRESQL -> {
        // Startup options reach the server with the connection request: no extra round trip per connection.
        hikari.addDataSourceProperty("options", "-c lock_timeout=" + config.lockTimeout().toMillis()
            + " -c statement_timeout=" + config.statementTimeout().toMillis());
        hikari.addDataSourceProperty("ApplicationName", "mtp");
        // A JDBC batch of inserts (thousands of photos) travels as a few multi-row INSERTs, not one per row.
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
      }
    }
    return new HikariDataSource(hikari);
  }
}
