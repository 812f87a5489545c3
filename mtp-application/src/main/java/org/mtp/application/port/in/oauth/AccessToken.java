package org.mtp.application.port.in.oauth;

/** An mtp bearer token: 256 random bits, base64url; it never expires, only its hash is stored, and it never appears in toString. */
public final class AccessToken {

  private final String value;

  private AccessToken(String value) {
    this.value = value;
  }

  public static AccessToken of(String value) {
    return new AccessToken(SecretText.require("access_token", value));
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
    return o instanceof AccessToken other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "AccessToken[****]";
  }
}
