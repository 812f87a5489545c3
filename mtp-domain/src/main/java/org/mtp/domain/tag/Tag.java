package org.mtp.domain.tag;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** A descriptive label: trimmed, lower-cased, 1..50 characters of {@code [a-z0-9-]}. */
public record Tag(String name) implements Comparable<Tag> {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9-]{1," + Limits.TAG_MAX_LENGTH + "}");

    public Tag {
        Require.notNull("tags", name);
        if (!ALLOWED.matcher(name).matches()) {
            throw new ValidationException(
                    "tags",
                    "'" + printable(name) + "' is not a tag: use 1 to " + Limits.TAG_MAX_LENGTH
                            + " characters of a-z, 0-9 and '-'");
        }
    }

    /** Normalises (trim, lower-case) then validates. */
    public static Tag of(String raw) {
        Require.notNull("tags", raw);
        return new Tag(raw.strip().toLowerCase(Locale.ROOT));
    }

    private static String printable(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return cut.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
    }

    @Override
    public int compareTo(Tag other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
