package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;

/** Input of {@link RevokeTokenUseCase}; the token is kept as sent, since a malformed one is simply unknown. */
public record RevokeTokenCommand(ClientCredentials client, String token) {

    public RevokeTokenCommand {
        Require.notNull("client", client);
        Text.require("token", token, 1, 4096);
    }

    @Override
    public String toString() {
        return "RevokeTokenCommand[client=" + client.clientId() + ", token=****]";
    }
}
