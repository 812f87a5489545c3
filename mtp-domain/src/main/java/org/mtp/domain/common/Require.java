package org.mtp.domain.common;

/** Argument checks that fail with a {@link ValidationException} naming the field. */
public final class Require {

    private Require() {}

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "must not be null");
        }
        return value;
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static double inRange(String field, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new ValidationException(field, message);
        }
    }
}
