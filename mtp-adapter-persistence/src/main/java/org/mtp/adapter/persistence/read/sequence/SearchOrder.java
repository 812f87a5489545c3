package org.mtp.adapter.persistence.read.sequence;

import java.util.Locale;
import org.mtp.application.model.sequence.SequenceSort;

/**
 * Persistence adapter: how each search sort reads: a column descending, then the id descending as the unique tie-break.
 * Each has an index in exactly that order ({@code latest_at}: capture time, or drafting time for drafts and sequences
 * of unknown capture time), so a keyset page reads the index and stops after the page.
 */
enum SearchOrder {
    LATEST("latest_at"),
    MOST_LIKES("like_count"),
    DISTANCE("distance_m");

    private final String column;

    SearchOrder(String column) {
        this.column = column;
    }

    static SearchOrder of(SequenceSort sort) {
        return switch (sort) {
            case LATEST -> LATEST;
            case MOST_LIKES -> MOST_LIKES;
            case DISTANCE -> DISTANCE;
        };
    }

    String column() {
        return "s." + column;
    }

    String orderBy() {
        return column() + " DESC, s.id DESC";
    }

    /**
     * The order with the leading columns of a filter index in front ({@code fixedColumns}, fixed by equality
     * conditions, so the order is the same): PostgreSQL ignores them, H2 then sees that the index holds the rows in
     * exactly this order and reads the page without sorting the match set.
     */
    String orderBy(String fixedColumns) {
        return fixedColumns + orderBy();
    }

    /** Rows strictly after the row with sort value {@code ?} and id {@code ?} (the bound value comes twice). */
    String after() {
        return column() + " <= ? AND (" + column() + " < ? OR s.id < ?)";
    }

    /** The cursor kind: a cursor of one sort is refused by another. */
    String cursorKind() {
        return "search-" + name().toLowerCase(Locale.ROOT);
    }
}
