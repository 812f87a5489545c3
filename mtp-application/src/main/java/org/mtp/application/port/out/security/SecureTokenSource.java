package org.mtp.application.port.out.security;

/** Outgoing port for unguessable secrets: each call returns 256 fresh random bits as 43 base64url characters. */
public interface SecureTokenSource {

    String newToken();
}
