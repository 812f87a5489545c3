package org.mtp.domain.tour;

import java.util.UUID;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** Identity of a tour; a UUID, never a database key. */
public record TourId(UUID value) {

    public TourId {
        Require.notNull("id", value);
    }

    public static TourId of(UUID value) {
        return new TourId(value);
    }

    /** Parses the canonical UUID text; anything else is a validation failure on field {@code field}. */
    public static TourId parse(String field, String text) {
        Require.notNull(field, text);
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new ValidationException(field, "must be a UUID");
            }
            return new TourId(uuid);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
