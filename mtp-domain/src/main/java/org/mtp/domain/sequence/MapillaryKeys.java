package org.mtp.domain.sequence;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * The alphabet Mapillary's v3 keys and v4 ids share: 1 to {@value Limits#KEY_MAX} characters of {@code [A-Za-z0-9_-]}.
 * Checked character by character rather than with a regular expression, because a challenge board builds hundreds of
 * thousands of image keys per request and the matcher was a quarter of its time.
 */
final class MapillaryKeys {

    private MapillaryKeys() {}

    /** {@code value} when it is a key of the alphabet, else a validation failure naming {@code field}. */
    static String require(String field, String value) {
        Require.notNull(field, value);
        if (!allowed(value)) {
            throw new ValidationException(
                    field, "must be 1 to " + Limits.KEY_MAX + " characters of A-Z, a-z, 0-9, '_' and '-'");
        }
        return value;
    }

    private static boolean allowed(String value) {
        int length = value.length();
        if (length == 0 || length > Limits.KEY_MAX) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!allowed(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
