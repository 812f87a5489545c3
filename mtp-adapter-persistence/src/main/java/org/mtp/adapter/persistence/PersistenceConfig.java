package org.mtp.adapter.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Persistence adapter: how to reach the database (JDBC URL, user, password) and how to behave there (pool size,
 * timeouts, Hibernate statistics). The password never appears in {@link #toString()}, nor does one in the URL.
 *
 * @param connectionTimeout how long a use case waits for a pooled connection before failing
 * @param lockTimeout how long a statement waits for a row lock held by another transaction
 * @param statementTimeout how long one statement may run (migrations are not bound by it)
 * @param statistics whether Hibernate collects statistics (tests count statements with them)
 */
public record PersistenceConfig(
        String jdbcUrl,
        String user,
        String password,
        int maxPoolSize,
        Duration connectionTimeout,
        Duration lockTimeout,
        Duration statementTimeout,
        boolean statistics) {

    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_POOL_SIZE_LIMIT = 200;

    public PersistenceConfig {
        Database.fromJdbcUrl(jdbcUrl);
        jdbcUrl = jdbcUrl.strip();
        Objects.requireNonNull(user, "'user' must not be null");
        Objects.requireNonNull(password, "'password' must not be null");
        if (maxPoolSize < 1 || maxPoolSize > MAX_POOL_SIZE_LIMIT) {
            throw new IllegalArgumentException(
                    "'maxPoolSize' must be between 1 and " + MAX_POOL_SIZE_LIMIT + ", was " + maxPoolSize);
        }
        requireAtLeast("connectionTimeout", connectionTimeout, Duration.ofMillis(250));
        requireAtLeast("lockTimeout", lockTimeout, Duration.ofMillis(1));
        requireAtLeast("statementTimeout", statementTimeout, Duration.ofMillis(1));
    }

    private static void requireAtLeast(String field, Duration value, Duration minimum) {
        Objects.requireNonNull(value, () -> "'" + field + "' must not be null");
        if (value.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("'" + field + "' must be at least " + minimum + ", was " + value);
        }
    }

    /** A configuration with the default pool size and timeouts, statistics off. */
    public static PersistenceConfig of(String jdbcUrl, String user, String password) {
        return new PersistenceConfig(
                jdbcUrl,
                user,
                password,
                DEFAULT_MAX_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_LOCK_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT,
                false);
    }

    /** The default store: an H2 database file in {@code dataDir}, durable at commit (see {@link H2Urls#file}). */
    public static PersistenceConfig h2(Path dataDir) {
        return of(H2Urls.file(dataDir), H2Urls.USER, "");
    }

    public Database database() {
        return Database.fromJdbcUrl(jdbcUrl);
    }

    public PersistenceConfig withStatistics(boolean enabled) {
        return new PersistenceConfig(
                jdbcUrl, user, password, maxPoolSize, connectionTimeout, lockTimeout, statementTimeout, enabled);
    }

    public PersistenceConfig withMaxPoolSize(int size) {
        return new PersistenceConfig(
                jdbcUrl, user, password, size, connectionTimeout, lockTimeout, statementTimeout, statistics);
    }

    public PersistenceConfig withTimeouts(Duration connection, Duration lock, Duration statement) {
        return new PersistenceConfig(jdbcUrl, user, password, maxPoolSize, connection, lock, statement, statistics);
    }

    @Override
    public String toString() {
        return "PersistenceConfig[jdbcUrl=" + redactUrl(jdbcUrl) + ", user=" + user + ", password=****"
                + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout
                + ", lockTimeout=" + lockTimeout + ", statementTimeout=" + statementTimeout
                + ", statistics=" + statistics + "]";
    }

    /** PostgreSQL accepts {@code password=} as a URL parameter and H2 as a {@code ;PASSWORD=} setting. */
    static String redactUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
