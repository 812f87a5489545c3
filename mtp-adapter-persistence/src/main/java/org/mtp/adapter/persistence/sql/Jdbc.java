package org.mtp.adapter.persistence.sql;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.postgresql.PGStatement;

/**
 * Persistence adapter: plain SQL on the connection of the unit of work running on this thread, for what JPA states
 * badly (atomic counter increments, upserts, keyset pages, board ranks). Pending entity changes are flushed first, so
 * SQL always sees what the use case wrote through JPA. Parameters are bound by {@link Parameters}.
 */
public final class Jdbc {

    private final EntityManagers entityManagers;
    private final Database database;

    public Jdbc(EntityManagers entityManagers, Database database) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
        this.database = Objects.requireNonNull(database, "'database' must not be null");
    }

    public Database database() {
        return database;
    }

    /** The EntityManager of the running unit of work. */
    public EntityManager entityManager() {
        return entityManagers.current();
    }

    /** Every row {@code sql} selects, mapped. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = Parameters.prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                Row row = new Row(rows);
                while (rows.next()) {
                    result.add(mapper.map(row));
                }
                return result;
            }
        });
    }

    /** The first row {@code sql} selects, mapped, if there is one. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = Parameters.prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.map(new Row(rows))) : Optional.empty();
            }
        });
    }

    /**
     * Streams the rows of {@code sql} to {@code consumer}, fetching {@code fetchSize} at a time. On PostgreSQL the rows
     * come in the binary format from the first execution (the driver otherwise sends text until a statement has run
     * five times), which spares decoding large binary columns from hex.
     */
    public void forEach(String sql, int fetchSize, RowConsumer consumer, Object... parameters) {
        withConnection(connection -> {
            try (PreparedStatement statement = Parameters.prepare(connection, sql, parameters)) {
                statement.setFetchSize(fetchSize);
                if (database == Database.POSTGRESQL) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    Row row = new Row(rows);
                    while (rows.next()) {
                        consumer.accept(row);
                    }
                }
            }
            return null;
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = Parameters.prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs one statement once per parameter list, as one JDBC batch; returns the rows each run changed. */
    public int[] batch(String sql, List<Object[]> parameterLists) {
        if (parameterLists.isEmpty()) {
            return new int[0];
        }
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] parameters : parameterLists) {
                    Parameters.bind(statement, parameters);
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }

    /** Runs {@code work} on the unit of work's connection, as {@link EntityManagers#withConnection} describes. */
    public <T> T withConnection(ConnectionWork<T> work) {
        return entityManagers.withConnection(work::run);
    }

    /** Work on the unit of work's JDBC connection. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Receives each row of a streamed result. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(Row row) throws SQLException;
    }
}
