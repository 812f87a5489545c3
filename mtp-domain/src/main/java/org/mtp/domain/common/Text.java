package org.mtp.domain.common;

/**
 * Rules for free text: stored verbatim (HTML included, escaped only where rendered), lengths counted in Unicode code
 * points, and no NUL characters or unpaired surrogates, which no database or client round-trips safely.
 */
public final class Text {

    private Text() {}

    /** Checks that {@code value} is well-formed text of {@code min..max} code points and returns it unchanged. */
    public static String require(String field, String value, int min, int max) {
        Require.notNull(field, value);
        requireWellFormed(field, value);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new ValidationException(field, "must have " + min + " to " + max + " characters, had " + length);
        }
        return value;
    }

    /** Trims {@code value}, then checks it as {@link #require}. */
    public static String requireTrimmed(String field, String value, int min, int max) {
        Require.notNull(field, value);
        return require(field, value.strip(), min, max);
    }

    /** Rejects NUL characters and unpaired UTF-16 surrogates. */
    public static String requireWellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new ValidationException(field, "must not contain a NUL character");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new ValidationException(field, "must not contain an unpaired surrogate");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new ValidationException(field, "must not contain an unpaired surrogate");
            }
        }
        return value;
    }
}
