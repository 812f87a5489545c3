package org.mtp.adapter.persistence.sql;

import java.util.Locale;

/**
 * Persistence adapter: the LIKE pattern of a name search ("contains, ignoring case"), to be matched against
 * {@code LOWER(column)} with {@code ESCAPE '\'}. LIKE treats {@code %} and {@code _} as wildcards; a name search means
 * them literally, so they (and the escape character itself) are escaped.
 */
public final class LikePatterns {

    private LikePatterns() {}

    /** {@code %text%} with {@code text} lower-cased the root way and its wildcards escaped. */
    public static String containing(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
