package org.mtp.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A public handle: 3..30 ASCII letters, digits, '_' or '-'. Unique and ordered by its lower-case form, compared code
 * point by code point, never by a locale, so every store sorts it the same way.
 */
public record Username(String value) implements Comparable<Username> {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");

    public Username {
        Require.notNull("username", value);
        if (value.length() < Limits.USERNAME_MIN || value.length() > Limits.USERNAME_MAX) {
            throw new ValidationException(
                    "username", "must have " + Limits.USERNAME_MIN + " to " + Limits.USERNAME_MAX + " characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new ValidationException("username", "may only hold ASCII letters, digits, '_' and '-'");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    /** The form uniqueness and ordering use. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(Username other) {
        return normalized().equals(other.normalized());
    }

    @Override
    public int compareTo(Username other) {
        int byNormalized = normalized().compareTo(other.normalized());
        return byNormalized != 0 ? byNormalized : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
