package org.mtp.adapter.persistence;

import org.flywaydb.core.Flyway;

/**
 * Persistence adapter: brings a database's schema up to date with Flyway. Migrations run on a connection of their
 * own, outside the pool, so that the pool's statement timeout never cuts a long migration short.
 */
public final class Migrations {

  private Migrations() {}

  /** Applies the pending migrations (shared ones, then the database's own) and returns how many ran. */
  public static int migrate(PersistenceConfig config) {
    Flyway flyway = Flyway.configure()
        .dataSource(config.jdbcUrl(), config.user(), config.password())
        .locations(config.database().migrationLocations())
        .failOnMissingLocations(true)
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load();
    return flyway.migrate().migrationsExecuted;
  }
}
