package org.mtp.application.port.out.oauth;

import org.mtp.application.model.oauth.ClientId;

/** A store refused a client because its id is taken. */
public final class DuplicateClientIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ClientId clientId;

    public DuplicateClientIdException(ClientId clientId, Throwable cause) {
        super("client id '" + clientId + "' exists", cause);
        this.clientId = clientId;
    }

    public ClientId clientId() {
        return clientId;
    }
}
