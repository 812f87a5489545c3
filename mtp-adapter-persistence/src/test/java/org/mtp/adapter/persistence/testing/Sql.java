package org.mtp.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Test support: plain JDBC against a pool whose connections are not in auto-commit, one committed statement each. */
public final class Sql {

    private Sql() {}

    /** Runs one statement and commits it; a failure rolls back and surfaces as the driver's SQLException. */
    public static int update(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                int rows = statement.executeUpdate();
                connection.commit();
                return rows;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The single number {@code sql} selects, for instance a count. */
    public static long number(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row from: " + sql);
            }
            long value = rows.getLong(1);
            connection.rollback();
            return value;
        }
    }

    /**
     * Every row {@code sql} selects, each as its values' text: numbers as plain integers whatever type a database gives
     * a sum, UUIDs in their canonical form, so that rows from different queries and databases compare equal.
     */
    public static List<List<String>> rows(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(
                            switch (meta.getColumnType(i)) {
                                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.NUMERIC, Types.DECIMAL ->
                                    Long.toString(rows.getLong(i));
                                default -> String.valueOf(rows.getObject(i));
                            });
                }
                result.add(row);
            }
            connection.rollback();
            return result;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant
                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                    : parameters[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
