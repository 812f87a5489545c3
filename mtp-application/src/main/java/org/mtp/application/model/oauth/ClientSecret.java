package org.mtp.application.model.oauth;

/** A confidential client's secret: 256 random bits, shown once at registration; only its hash is stored. */
public final class ClientSecret extends OpaqueSecret {

    private ClientSecret(String value) {
        super("client_secret", value);
    }

    public static ClientSecret of(String value) {
        return new ClientSecret(value);
    }
}
