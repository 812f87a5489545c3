package org.mtp.application.service.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.oauth.ClientIdTakenException;
import org.mtp.application.port.in.oauth.RegisteredClient;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.oauth.DuplicateClientIdException;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.domain.user.UserId;

/** Creates and stores a client, with a fresh secret (kept only as a hash) when it is confidential. */
final class NewClients {

    private final ClientRepository clients;
    private final SecureTokenSource tokenSource;

    NewClients(ClientRepository clients, SecureTokenSource tokenSource) {
        this.clients = clients;
        this.tokenSource = tokenSource;
    }

    /** Runs inside the caller's transaction. */
    RegisteredClient register(
            ClientId id,
            ClientName name,
            RedirectUris redirectUris,
            ClientType type,
            Optional<UserId> owner,
            Instant now) {
        if (clients.findById(id).isPresent()) {
            throw new ClientIdTakenException(id);
        }
        Optional<ClientSecret> secret = type == ClientType.CONFIDENTIAL
                ? Optional.of(ClientSecret.of(tokenSource.newToken()))
                : Optional.empty();
        OAuthClient client = new OAuthClient(id, name, type, redirectUris, secret.map(ClientSecret::hash), owner, now);
        try {
            clients.save(client);
        } catch (DuplicateClientIdException raceLost) {
            throw new ClientIdTakenException(id);
        }
        return new RegisteredClient(client, secret);
    }
}
