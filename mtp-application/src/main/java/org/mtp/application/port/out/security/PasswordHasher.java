package org.mtp.application.port.out.security;

import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;

/** Outgoing port for the slow salted password hash; the encoded form describes its own algorithm and cost. */
public interface PasswordHasher {

    PasswordHash hash(RawPassword password);

    /** True when {@code password} produced {@code hash}; compared in constant time; false for a foreign format. */
    boolean matches(RawPassword password, PasswordHash hash);
}
