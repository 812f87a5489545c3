package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.domain.common.Require;

/** How a client identifies itself at the token and revocation endpoints: its id, and its secret when confidential. */
public record ClientCredentials(ClientId clientId, Optional<ClientSecret> secret) {

    public ClientCredentials {
        Require.notNull("client_id", clientId);
        Require.notNull("client_secret", secret);
    }

    public static ClientCredentials publicClient(ClientId clientId) {
        return new ClientCredentials(clientId, Optional.empty());
    }

    public static ClientCredentials confidential(ClientId clientId, ClientSecret secret) {
        return new ClientCredentials(clientId, Optional.of(secret));
    }
}
