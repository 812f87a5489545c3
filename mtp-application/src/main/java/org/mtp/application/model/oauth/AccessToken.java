package org.mtp.application.model.oauth;

/**
 * An mtp bearer token: 256 random bits, base64url; it never expires, only its hash is stored, and it never appears in
 * toString.
 */
public final class AccessToken extends OpaqueSecret {

    private AccessToken(String value) {
        super("access_token", value);
    }

    public static AccessToken of(String value) {
        return new AccessToken(value);
    }
}
