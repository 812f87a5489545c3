package org.mtp.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** An email address, kept as given and unique by its lower-case form. Only its shape is checked here. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        Require.notNull("email", value);
        if (value.length() > Limits.EMAIL_MAX || !SHAPE.matcher(value).matches()) {
            throw new ValidationException("email", "must be an email address");
        }
        if (!value.chars().allMatch(c -> c >= 0x21 && c < 0x7f)) {
            throw new ValidationException("email", "must be printable ASCII");
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
