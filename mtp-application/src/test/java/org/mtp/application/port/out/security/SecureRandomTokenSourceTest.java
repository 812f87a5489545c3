package org.mtp.application.port.out.security;

class SecureRandomTokenSourceTest extends SecureTokenSourceContract {

  private final SecureRandomTokenSource source = new SecureRandomTokenSource();

  @Override
  protected SecureTokenSource source() {
    return source;
  }
}
