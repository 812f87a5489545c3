package org.mtp.application.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;

/**
 * Production password hasher on the JDK's PBKDF2WithHmacSHA256 with a 16-byte random salt and a 32-byte key. The
 * encoded form {@code pbkdf2-sha256$<iterations>$<salt>$<key>} (base64 without padding) carries its own cost, so
 * raising the configured cost keeps old hashes verifiable.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** The OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int PRODUCTION_ITERATIONS = 600_000;
    /** Low enough for fast tests; never configure it in production. */
    public static final int MIN_ITERATIONS = 1_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher(int iterations) {
        this.iterations = Require.inRange("iterations", iterations, MIN_ITERATIONS, MAX_ITERATIONS);
    }

    public static Pbkdf2PasswordHasher production() {
        return new Pbkdf2PasswordHasher(PRODUCTION_ITERATIONS);
    }

    @Override
    public PasswordHash hash(RawPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(
                PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key));
    }

    @Override
    public boolean matches(RawPassword password, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int cost = Integer.parseInt(parts[1]);
            if (cost < 1 || cost > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, cost));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(RawPassword password, byte[] salt, int cost) {
        PBEKeySpec spec = new PBEKeySpec(password.reveal().toCharArray(), salt, cost, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 platform", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "Pbkdf2PasswordHasher[iterations=" + iterations + "]";
    }
}
