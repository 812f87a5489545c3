package org.mtp.application.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.mtp.application.port.out.security.SecureTokenSource;

/** Production token source: the JDK's {@link SecureRandom}, 32 bytes per token, base64url without padding. */
public final class SecureRandomTokenSource implements SecureTokenSource {

    private static final int BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
