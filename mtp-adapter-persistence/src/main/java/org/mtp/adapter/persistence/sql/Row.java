package org.mtp.adapter.persistence.sql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Persistence adapter: typed reads of the current row of a result, by column label, alike on both databases. */
public final class Row {

    private final ResultSet rows;

    Row(ResultSet rows) {
        this.rows = rows;
    }

    public UUID uuid(String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    public String string(String column) throws SQLException {
        return rows.getString(column);
    }

    /** A non-null integer column. */
    public int integer(String column) throws SQLException {
        return rows.getInt(column);
    }

    /** A non-null number column, read as a long (sums come back as DECIMAL on some databases). */
    public long number(String column) throws SQLException {
        return rows.getLong(column);
    }

    public double decimal(String column) throws SQLException {
        return rows.getDouble(column);
    }

    /** A nullable DOUBLE PRECISION column. */
    public Double nullableDecimal(String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** A nullable binary column. */
    public byte[] bytes(String column) throws SQLException {
        return rows.getBytes(column);
    }

    public boolean bool(String column) throws SQLException {
        return rows.getBoolean(column);
    }

    /** A nullable TIMESTAMP WITH TIME ZONE column. */
    public Instant instant(String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A non-null array column of text ({@code ARRAY(SELECT ...)}), in its order. */
    public List<String> strings(String column) throws SQLException {
        Array array = rows.getArray(column);
        try {
            Object[] values = (Object[]) array.getArray();
            List<String> strings = new ArrayList<>(values.length);
            for (Object value : values) {
                strings.add((String) value);
            }
            return List.copyOf(strings);
        } finally {
            array.free();
        }
    }
}
