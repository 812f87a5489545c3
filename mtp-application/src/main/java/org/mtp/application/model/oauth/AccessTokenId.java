package org.mtp.application.model.oauth;

import java.util.UUID;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** Public identity of an access token, so a user can list and revoke it without ever seeing the token again. */
public record AccessTokenId(UUID value) implements Comparable<AccessTokenId> {

    public AccessTokenId {
        Require.notNull("id", value);
    }

    public static AccessTokenId random() {
        return new AccessTokenId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text; anything else is a validation failure on {@code field}. */
    public static AccessTokenId parse(String field, String text) {
        Require.notNull(field, text);
        try {
            UUID uuid = UUID.fromString(text);
            if (uuid.toString().equalsIgnoreCase(text)) {
                return new AccessTokenId(uuid);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same failure as a non-canonical form
        }
        throw new ValidationException(field, "must be a UUID");
    }

    /**
     * Orders by the canonical text, which is unsigned byte order as PostgreSQL and H2 sort UUIDs;
     * {@link UUID#compareTo} compares signed longs and would disagree with a database for half of all ids.
     */
    @Override
    public int compareTo(AccessTokenId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
