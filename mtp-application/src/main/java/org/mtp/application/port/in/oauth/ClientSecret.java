package org.mtp.application.port.in.oauth;

/** A confidential client's secret: 256 random bits, shown once at registration; only its hash is stored. */
public final class ClientSecret {

  private final String value;

  private ClientSecret(String value) {
    this.value = value;
  }

  public static ClientSecret of(String value) {
    return new ClientSecret(SecretText.require("client_secret", value));
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
    return o instanceof ClientSecret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ClientSecret[****]";
  }
}
