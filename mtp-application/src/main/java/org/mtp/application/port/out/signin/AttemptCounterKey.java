package org.mtp.application.port.out.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;

/**
 * What sign-in attempts are counted under: an account (a user id, or the lower-case login when no account has it) or a
 * client address. Stores keep only {@link #digest()}, so a login typed by mistake (a password in the username field)
 * and the addresses of people are never stored in clear.
 */
public record AttemptCounterKey(Kind kind, String subject) {

    /** Which limit a key counts towards. */
    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    public AttemptCounterKey {
        Require.notNull("kind", kind);
        Text.require("subject", subject, 1, 1_000);
    }

    /** The SHA-256 of the kind and subject, as 64 lower-case hex digits. */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "AttemptCounterKey[" + kind + ", " + digest().substring(0, 12) + "…]";
    }
}
