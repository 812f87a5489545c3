package org.mtp.application.fake;

import java.util.Locale;

/** The in-memory stores' reading of a name search: contains, ignoring case, every character literal. */
final class NameSearch {

    private NameSearch() {}

    /** True when {@code part} is null (no search) or found in {@code name}, both lower-cased the root way. */
    static boolean contains(String name, String part) {
        return part == null || name.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
