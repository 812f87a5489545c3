package org.mtp.application.model.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * The SHA-256 of a random secret (access token, authorization code, client secret), in lower-case hex: all that is ever
 * stored. A fast hash is right here because the secrets carry 256 random bits; passwords use a slow hash instead.
 */
public record TokenHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        Require.notNull("token_hash", hex);
        if (!HEX.matcher(hex).matches()) {
            throw new ValidationException("token_hash", "must be 64 lower-case hex digits");
        }
    }

    /** Hashes the UTF-8 bytes of a secret. */
    public static TokenHash sha256Of(String secret) {
        Require.notNull("secret", secret);
        return new TokenHash(HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8))));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Compares in time independent of where the hashes differ. */
    public boolean matches(TokenHash other) {
        return other != null
                && MessageDigest.isEqual(
                        hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
