package org.mtp.domain.challenge;

import java.util.UUID;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** Identity of a challenge; a UUID, never a database key. */
public record ChallengeId(UUID value) {

    public ChallengeId {
        Require.notNull("id", value);
    }

    public static ChallengeId of(UUID value) {
        return new ChallengeId(value);
    }

    /** Parses the canonical UUID text; anything else is a validation failure on field {@code field}. */
    public static ChallengeId parse(String field, String text) {
        Require.notNull(field, text);
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new ValidationException(field, "must be a UUID");
            }
            return new ChallengeId(uuid);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
