package org.mtp.domain.user;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;

/** A password as typed, held only long enough to hash or check it; never printed. */
public final class RawPassword {

    private final String value;

    private RawPassword(String value) {
        this.value = value;
    }

    /** 8..1024 characters; the upper bound keeps a slow hash from becoming a denial of service. */
    public static RawPassword of(String value) {
        return new RawPassword(Text.require("password", value, Limits.PASSWORD_MIN, Limits.PASSWORD_MAX));
    }

    /** The characters, for the hashing adapter only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "RawPassword[****]";
    }
}
