package org.mtp.application.port.in.oauth;

/** A one-time authorization code of the code grant: 256 random bits, base64url; only its hash is stored. */
public final class AuthorizationCode {

  private final String value;

  private AuthorizationCode(String value) {
    this.value = value;
  }

  public static AuthorizationCode of(String value) {
    return new AuthorizationCode(SecretText.require("code", value));
  }

  /** The secret itself, for the one response that hands it to its holder. */
  public String reveal() {
    return value;
  }

  public TokenHash hash() {
    return TokenHash.sha256Of(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthorizationCode other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "AuthorizationCode[****]";
  }
}
