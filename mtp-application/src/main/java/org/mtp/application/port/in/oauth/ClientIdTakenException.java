package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.ClientId;
import org.mtp.domain.common.DomainException;

/** An operator asked for a client id that another client already has. */
public final class ClientIdTakenException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final ClientId clientId;

    public ClientIdTakenException(ClientId clientId) {
        super("client id '" + clientId + "' is taken");
        this.clientId = clientId;
    }

    public ClientId clientId() {
        return clientId;
    }

    @Override
    public String code() {
        return "conflict";
    }
}
