package org.mtp.domain.user;

import java.util.UUID;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** Identity of a user; a UUID, never a database key. */
public record UserId(UUID value) {

    public UserId {
        Require.notNull("id", value);
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    /** Parses the canonical UUID text; anything else is a validation failure on field {@code field}. */
    public static UserId parse(String field, String text) {
        Require.notNull(field, text);
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new ValidationException(field, "must be a UUID");
            }
            return new UserId(uuid);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
