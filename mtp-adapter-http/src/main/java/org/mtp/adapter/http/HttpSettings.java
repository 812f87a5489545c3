package org.mtp.adapter.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.mtp.application.model.account.TrustedProxies;

/**
 * Tunables of the HTTP adapter: the body size limit, the key that signs list cursors and sign-in form tokens, how long
 * a sign-in form stays valid, whether its cookie is marked {@code Secure}, the proxies whose {@code X-Forwarded-For} is
 * believed, and the clock.
 */
public record HttpSettings(
        long maxBodyBytes,
        byte[] signingKey,
        Duration formLifetime,
        boolean secureCookies,
        TrustedProxies trustedProxies,
        Clock clock) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;
    public static final Duration DEFAULT_FORM_LIFETIME = Duration.ofMinutes(10);

    public HttpSettings {
        if (maxBodyBytes < 1_024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
        if (signingKey == null || signingKey.length < 32) {
            throw new IllegalArgumentException("signingKey must have at least 32 bytes");
        }
        signingKey = signingKey.clone();
        if (formLifetime == null || formLifetime.isNegative() || formLifetime.isZero()) {
            throw new IllegalArgumentException("formLifetime must be positive");
        }
        if (trustedProxies == null) {
            throw new IllegalArgumentException("trustedProxies is required");
        }
        if (clock == null) {
            throw new IllegalArgumentException("clock is required");
        }
    }

    /**
     * Defaults with a random signing key: cursors and open sign-in forms then stop working at a restart, which is
     * harmless; give a fixed key when several instances serve the same clients.
     */
    public static HttpSettings defaults(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, key, DEFAULT_FORM_LIFETIME, true, TrustedProxies.none(), clock);
    }

    public HttpSettings withMaxBodyBytes(long bytes) {
        return new HttpSettings(bytes, signingKey, formLifetime, secureCookies, trustedProxies, clock);
    }

    public HttpSettings withSecureCookies(boolean secure) {
        return new HttpSettings(maxBodyBytes, signingKey, formLifetime, secure, trustedProxies, clock);
    }

    public HttpSettings withTrustedProxies(TrustedProxies proxies) {
        return new HttpSettings(maxBodyBytes, signingKey, formLifetime, secureCookies, proxies, clock);
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpSettings other
                && other.maxBodyBytes == maxBodyBytes
                && Arrays.equals(other.signingKey, signingKey)
                && other.formLifetime.equals(formLifetime)
                && other.secureCookies == secureCookies
                && other.trustedProxies.equals(trustedProxies)
                && other.clock.equals(clock);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(maxBodyBytes) * 31 + Arrays.hashCode(signingKey);
    }

    @Override
    public String toString() {
        return "HttpSettings[maxBodyBytes=" + maxBodyBytes + ", signingKey=****, formLifetime=" + formLifetime
                + ", secureCookies=" + secureCookies + ", trustedProxies=" + trustedProxies + "]";
    }
}
