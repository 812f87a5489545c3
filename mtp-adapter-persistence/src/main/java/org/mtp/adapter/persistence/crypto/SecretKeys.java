package org.mtp.adapter.persistence.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that protect stored tokens: the current one encrypts, and a previous one (during a rotation) still
 * decrypts. Each key is known by a short id derived from it, written beside every ciphertext.
 */
public final class SecretKeys {

    private final SecretKey current;
    private final String currentId;
    private final SecretKey previous;
    private final String previousId;

    private SecretKeys(byte[] current, byte[] previous) {
        this.current = aes("MTP_SECRET_KEY", current);
        this.currentId = idOf(current);
        this.previous = previous == null ? null : aes("MTP_SECRET_KEY_PREVIOUS", previous);
        this.previousId = previous == null ? null : idOf(previous);
    }

    /** {@code previous} may be null when no rotation is under way. */
    public static SecretKeys of(byte[] current, byte[] previous) {
        return new SecretKeys(Objects.requireNonNull(current, "current"), previous);
    }

    SecretKey current() {
        return current;
    }

    String currentId() {
        return currentId;
    }

    /** The key with this id, or null when it is neither the current nor the previous key. */
    SecretKey byId(String id) {
        if (currentId.equals(id)) {
            return current;
        }
        return previousId != null && previousId.equals(id) ? previous : null;
    }

    private static SecretKey aes(String name, byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException(
                    name + " must be 32 bytes (base64 of 32 random bytes), was " + raw.length);
        }
        return new SecretKeySpec(Arrays.copyOf(raw, raw.length), "AES");
    }

    private static String idOf(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretKeys[current=" + currentId + (previousId == null ? "" : ", previous=" + previousId) + "]";
    }
}
