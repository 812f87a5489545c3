package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.domain.common.Require;

/** Input of {@link RegisterOperatorClientUseCase}; without a client id one is generated. */
public record RegisterOperatorClientCommand(
        Optional<ClientId> clientId, ClientName name, RedirectUris redirectUris, ClientType type) {

    public RegisterOperatorClientCommand {
        Require.notNull("client_id", clientId);
        Require.notNull("name", name);
        Require.notNull("redirect_uris", redirectUris);
        Require.notNull("type", type);
    }
}
