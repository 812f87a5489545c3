package org.mtp.adapter.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.logging.LogLevel;
import org.slf4j.LoggerFactory;

/**
 * Persistence adapter: brings a database's schema up to date with Flyway. Migrations run on a connection of their own,
 * outside the pool, so that the pool's statement timeout never cuts a long migration short.
 */
public final class Migrations {

    private Migrations() {}

    /** Applies the pending migrations (shared ones, then the database's own) and returns how many ran. */
    public static int migrate(PersistenceConfig config) {
        // Flyway writes its debug lines only behind a switch of its own: follow the level asked for its loggers
        if (LoggerFactory.getLogger("org.flywaydb").isDebugEnabled()) {
            LogFactory.setLogLevel(LogLevel.DEBUG);
        }
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
