package org.mtp.domain.user;

import org.mtp.domain.common.Require;

/** An encoded slow salted hash of a password, in whatever self-describing format the hashing adapter writes. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Require.notNull("passwordHash", encoded);
        Require.that(!encoded.isBlank(), "passwordHash", "must not be blank");
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
