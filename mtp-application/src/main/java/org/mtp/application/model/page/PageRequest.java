package org.mtp.application.model.page;

import org.mtp.domain.common.Require;

/**
 * A page of a list: at most {@code limit} (1..100) items after the position {@code cursor} names. The cursor is opaque:
 * a store writes it into {@link Page#next()} and reads it back; a cursor it cannot read is a validation failure.
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Require.inRange("limit", limit, 1, MAX_LIMIT);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    public boolean isFirst() {
        return cursor == null;
    }
}
