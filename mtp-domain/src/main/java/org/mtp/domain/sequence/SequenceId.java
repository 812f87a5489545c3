package org.mtp.domain.sequence;

import java.util.UUID;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** Identity of a sequence; a UUID, never a database key. */
public record SequenceId(UUID value) {

    public SequenceId {
        Require.notNull("id", value);
    }

    public static SequenceId of(UUID value) {
        return new SequenceId(value);
    }

    /** Parses the canonical UUID text; anything else is a validation failure on field {@code field}. */
    public static SequenceId parse(String field, String text) {
        Require.notNull(field, text);
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new ValidationException(field, "must be a UUID");
            }
            return new SequenceId(uuid);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
