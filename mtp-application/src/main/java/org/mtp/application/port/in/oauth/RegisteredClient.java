package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.domain.common.Require;

/** A client just registered, with its secret in clear for a confidential client: the only time it is available. */
public record RegisteredClient(OAuthClient client, Optional<ClientSecret> secret) {

    public RegisteredClient {
        Require.notNull("client", client);
        Require.notNull("secret", secret);
    }
}
