package org.mtp.application.port.out.security;

import org.mtp.application.security.SecureRandomTokenSource;

class SecureRandomTokenSourceTest extends SecureTokenSourceContract {

    private final SecureRandomTokenSource source = new SecureRandomTokenSource();

    @Override
    protected SecureTokenSource source() {
        return source;
    }
}
