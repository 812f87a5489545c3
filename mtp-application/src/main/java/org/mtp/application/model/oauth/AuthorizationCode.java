package org.mtp.application.model.oauth;

/** A one-time authorization code of the code grant: 256 random bits, base64url; only its hash is stored. */
public final class AuthorizationCode extends OpaqueSecret {

    private AuthorizationCode(String value) {
        super("code", value);
    }

    public static AuthorizationCode of(String value) {
        return new AuthorizationCode(value);
    }
}
