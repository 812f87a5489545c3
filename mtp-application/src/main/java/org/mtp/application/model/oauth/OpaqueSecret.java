package org.mtp.application.model.oauth;

import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A secret that travels in URLs and headers (tokens, codes, client secrets): 16..512 printable ASCII characters, stored
 * only as its hash, never shown by {@link #toString()}. Subclasses keep each kind a type of its own.
 */
public abstract class OpaqueSecret {

    private final String value;

    protected OpaqueSecret(String field, String value) {
        Require.notNull(field, value);
        if (value.length() < 16 || value.length() > 512 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ValidationException(field, "is malformed");
        }
        this.value = value;
    }

    /** The secret itself, for the one response that hands it to its holder. */
    public final String reveal() {
        return value;
    }

    public final TokenHash hash() {
        return TokenHash.sha256Of(value);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpaqueSecret) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[****]";
    }
}
