package org.mtp.adapter.http.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection of the sign-in form, without server state: the page carries a token signed with HMAC-SHA256 that
 * binds an expiry, a random nonce and the digest of the authorization request; the same nonce travels in a
 * {@code SameSite=Strict} cookie. A post is accepted only with a valid, unexpired token whose nonce equals the cookie's
 * and whose request is the one posted, so another site can neither forge the form nor replay its own.
 */
final class FormTokens {

    /** A token for a page and the nonce its cookie must carry. */
    record Issued(String token, String nonce) {}

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    FormTokens(byte[] key, Clock clock, Duration lifetime) {
        this.key = key.clone();
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    Issued issue(Map<String, String> request) {
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = BASE64.encodeToString(nonceBytes);
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        String payload = expires + "." + nonce + "." + digest(request);
        return new Issued(
                BASE64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
                        + BASE64.encodeToString(mac(payload)),
                nonce);
    }

    boolean isValid(String token, String cookieNonce, Map<String, String> request) {
        if (token == null || cookieNonce == null) {
            return false;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 2) {
            return false;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(Base64.getUrlDecoder().decode(parts[1]), mac(payload))) {
                return false;
            }
            String[] fields = payload.split("\\.");
            return fields.length == 3
                    && clock.instant().getEpochSecond() < Long.parseLong(fields[0])
                    && MessageDigest.isEqual(
                            fields[1].getBytes(StandardCharsets.US_ASCII),
                            cookieNonce.getBytes(StandardCharsets.US_ASCII))
                    && fields[2].equals(digest(request));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String digest(Map<String, String> request) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(request)
                .forEach((name, value) -> canonical
                        .append(name)
                        .append('=')
                        .append(value.length())
                        .append(':')
                        .append(value)
                        .append('\n'));
        try {
            return BASE64.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
