package org.mtp.adapter.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.mtp.adapter.persistence.Migrations;
import org.mtp.adapter.persistence.PersistenceConfig;

/**
 * Test support: the one embedded PostgreSQL of this test JVM, started on first use and stopped by its shutdown hook. A
 * template database is migrated once; each test class then gets a database cloned from it ({@code CREATE DATABASE x
 * TEMPLATE mtp_template}), which takes milliseconds instead of a migration. As root, zonky runs initdb and postgres in
 * a user namespace ({@code unshare -U}) by itself.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    static final String TEMPLATE = "mtp_template";

    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server of this JVM, started (and its template migrated) on the first call. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            try {
                EmbeddedPostgresServer server =
                        new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
                server.execute("CREATE DATABASE " + TEMPLATE);
                Migrations.migrate(server.config(TEMPLATE));
                shared = server;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return shared;
    }

    /** A new database with the current schema, cloned from the migrated template. */
    public synchronized String createMigratedDatabase() {
        String name = "mtp_test_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return name;
    }

    /** A new database without any table, for tests of the migrations themselves. */
    public synchronized String createEmptyDatabase() {
        String name = "mtp_empty_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    public synchronized void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** How to reach {@code database} with the defaults of {@link PersistenceConfig#of}. */
    public PersistenceConfig config(String database) {
        return PersistenceConfig.of(postgres.getJdbcUrl(USER, database), USER, "");
    }

    private void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL refused: " + sql, e);
        }
    }
}
