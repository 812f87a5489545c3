package org.mtp.adapter.persistence.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.H2Urls;
import org.mtp.adapter.persistence.PersistenceConfig;

/**
 * Benchmark support: the database a run measures, kept between runs under {@code <dir>/<database>-<size>}: an embedded
 * PostgreSQL whose data directory is reused (initdb only the first time), or an H2 file opened with the production URL.
 * Generation and baselines use plain JDBC connections of their own, outside the pool. Public for the HTTP load
 * benchmark (mtp-benchmarks), which serves the same kept data set.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    static final String POSTGRES_DATABASE = "mtp_bench";
    /** The superuser of zonky's embedded PostgreSQL. */
    private static final String POSTGRES_USER = "postgres";

    private final Database database;
    private final EmbeddedPostgres postgres;
    private final Path h2Dir;

    private BenchmarkDatabase(Database database, EmbeddedPostgres postgres, Path h2Dir) {
        this.database = database;
        this.postgres = postgres;
        this.h2Dir = h2Dir;
    }

    public static BenchmarkDatabase open(Database database, BenchmarkSize size, Path root)
            throws IOException, SQLException {
        Path dir = root.resolve(
                database.name().toLowerCase(Locale.ROOT) + "-" + size.name().toLowerCase(Locale.ROOT));
        Files.createDirectories(dir);
        if (database == Database.H2) {
            return new BenchmarkDatabase(database, null, dir);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofMinutes(2))
                // a durable commit, as in production (zonky turns synchronous_commit off by default)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + POSTGRES_DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
            }
        }
        return new BenchmarkDatabase(database, postgres, null);
    }

    public Database database() {
        return database;
    }

    /** What the stores run on: the production pool and URL, with room for the slow baselines. */
    public PersistenceConfig config() {
        PersistenceConfig config = database == Database.H2
                ? PersistenceConfig.h2(h2Dir)
                : PersistenceConfig.of(postgres.getJdbcUrl(POSTGRES_USER, POSTGRES_DATABASE), POSTGRES_USER, "");
        return config.withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    /** A plain connection outside the pool, not in auto-commit; PostgreSQL's driver rewrites batched inserts. */
    public Connection connect() throws SQLException {
        Connection connection = database == Database.H2
                ? DriverManager.getConnection(H2Urls.file(h2Dir), H2Urls.USER, "")
                : DriverManager.getConnection(
                        postgres.getJdbcUrl(POSTGRES_USER, POSTGRES_DATABASE) + "&reWriteBatchedInserts=true",
                        POSTGRES_USER,
                        "");
        connection.setAutoCommit(false);
        return connection;
    }

    public String describe() {
        return database == Database.H2 ? "H2 file " + h2Dir : "embedded PostgreSQL, data directory kept";
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
