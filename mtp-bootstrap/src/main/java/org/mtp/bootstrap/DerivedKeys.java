package org.mtp.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from the one configured secret, so that every node sharing MTP_SECRET_KEY signs cursors and forms alike,
 * while no key serves two purposes.
 */
final class DerivedKeys {

    private DerivedKeys() {}

    static byte[] signingKey(byte[] root) {
        return derive(root, "mtp/http-signing/v1");
    }

    static byte[] webSigningKey(byte[] root) {
        return derive(root, "mtp/web-signing/v1");
    }

    private static byte[] derive(byte[] root, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(root, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
