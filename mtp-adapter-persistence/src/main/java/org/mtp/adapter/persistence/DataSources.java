package org.mtp.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Locale;

/** Persistence adapter: the HikariCP pool every use case draws its connection from. */
final class DataSources {

    /** The longest a borrowed connection's validation may take (HikariCP's own default). */
    private static final Duration LONGEST_VALIDATION = Duration.ofSeconds(5);

    /** How much longer than the statement timeout a PostgreSQL connection may stay silent before it counts as lost. */
    private static final Duration SILENCE_MARGIN = Duration.ofSeconds(1);

    /**
     * H2 answers a re-run query with its previous result when it believes the parameters and the data are unchanged,
     * but it does not compare the parameters inside a {@code WITH} clause that another clause reads: a re-run statement
     * (the same {@code PreparedStatement}, or a new one that H2's per-session command cache maps to the same compiled
     * command) returned the board of the previous filter value (docs/persistence.md, "H2 result reuse"). Turned off on
     * every connection, whatever URL the operator gave, since a setting in the URL only holds for the process that
     * opens the database first. The statement needs an administrator, which the H2 user of mtp's own URL is.
     */
    static final String H2_NO_RESULT_REUSE = "SET OPTIMIZE_REUSE_RESULTS 0";

    private DataSources() {}

    /**
     * A pool whose connections start outside auto-commit (a unit of work always commits explicitly) and carry the
     * configured lock and statement timeouts, so that a blocked or runaway statement fails instead of hanging a use
     * case. A database that goes away cannot hang one either: borrowing waits at most the connection timeout (plus one
     * validation), and a PostgreSQL connection that stays silent past {@link #socketTimeoutSeconds} is dropped.
     */
    static HikariDataSource pooled(PersistenceConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("mtp-" + config.database().name().toLowerCase(Locale.ROOT));
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setValidationTimeout(
                validationTimeout(config.connectionTimeout()).toMillis());
        hikari.setAutoCommit(false);
        switch (config.database()) {
            case H2 ->
                hikari.setConnectionInitSql(H2_NO_RESULT_REUSE + "; SET LOCK_TIMEOUT "
                        + config.lockTimeout().toMillis() + "; SET QUERY_TIMEOUT "
                        + config.statementTimeout().toMillis());
            case POSTGRESQL -> {
                // Startup options reach the server with the connection request: no extra round trip per connection.
                hikari.addDataSourceProperty(
                        "options",
                        "-c lock_timeout=" + config.lockTimeout().toMillis() + " -c statement_timeout="
                                + config.statementTimeout().toMillis());
                hikari.addDataSourceProperty("ApplicationName", "mtp");
                // A JDBC batch of inserts (thousands of photos) travels as a few multi-row INSERTs, not one per row.
                hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
                // Bounds on a database that refuses, stalls or black-holes (whole seconds: the driver counts in
                // seconds).
                // The server itself ends a statement at statement_timeout, so only a lost connection outlasts the
                // margin.
                int connect = wholeSeconds(config.connectionTimeout());
                hikari.addDataSourceProperty("connectTimeout", Integer.toString(connect));
                hikari.addDataSourceProperty("loginTimeout", Integer.toString(connect));
                hikari.addDataSourceProperty("socketTimeout", Integer.toString(socketTimeoutSeconds(config)));
                hikari.addDataSourceProperty("tcpKeepAlive", "true");
            }
        }
        return new HikariDataSource(hikari);
    }

    /** Half the connection timeout, between HikariCP's floor of 250 ms and 5 s, so a dead connection is found fast. */
    static Duration validationTimeout(Duration connectionTimeout) {
        Duration half = connectionTimeout.dividedBy(2);
        Duration floor = Duration.ofMillis(250);
        return half.compareTo(floor) < 0 ? floor : half.compareTo(LONGEST_VALIDATION) > 0 ? LONGEST_VALIDATION : half;
    }

    /** The statement timeout plus {@link #SILENCE_MARGIN}, rounded up to whole seconds. */
    static int socketTimeoutSeconds(PersistenceConfig config) {
        return wholeSeconds(config.statementTimeout().plus(SILENCE_MARGIN));
    }

    private static int wholeSeconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
