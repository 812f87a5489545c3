package org.mtp.adapter.persistence.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Persistence adapter: a WHERE clause built from conditions joined by AND, with their parameters in order. */
public final class Conditions {

    private final List<String> parts = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    public Conditions and(String condition, Object... values) {
        parts.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** {@code column IN (?, ?, ...)} over {@code values}, which must not be empty. */
    public Conditions andIn(String column, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return and(column + " IN (" + placeholders(values.size()) + ")", values.toArray());
    }

    public Conditions andAll(Conditions other) {
        parts.addAll(other.parts);
        parameters.addAll(other.parameters);
        return this;
    }

    public Conditions copy() {
        return new Conditions().andAll(this);
    }

    /** The conditions joined by AND; {@code 1 = 1} when there are none. */
    public String sql() {
        return parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts);
    }

    public Object[] parameters() {
        return parameters.toArray();
    }

    /** {@code ?, ?, ...}: {@code count} placeholders. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
