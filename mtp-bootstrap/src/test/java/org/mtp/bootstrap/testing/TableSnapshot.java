package org.mtp.bootstrap.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test oracle for "nothing changed": every row of every table of the application's schema (found through the
 * information schema, so a new table cannot be forgotten), each row rendered as text and the rows sorted.
 */
public final class TableSnapshot {

    private TableSnapshot() {}

    /** Table name to its sorted rows. */
    public static Map<String, List<String>> of(DataSource dataSource) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_schema, table_name FROM information_schema.tables"
                    + " WHERE table_type IN ('BASE TABLE', 'TABLE') AND table_schema NOT IN ('INFORMATION_SCHEMA',"
                    + " 'information_schema', 'pg_catalog')")) {
                while (rs.next()) {
                    names.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("no tables found");
            }
            for (String name : names) {
                tables.put(name, rows(statement, name));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Statement statement, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value))
                            .append(" | ");
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
