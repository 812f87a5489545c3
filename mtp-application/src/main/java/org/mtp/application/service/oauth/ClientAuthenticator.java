package org.mtp.application.service.oauth;

import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.out.oauth.ClientRepository;

/**
 * Authenticates a client at the token and revocation endpoints: a confidential client by its secret (compared as hashes
 * in constant time); a public client has no secret, so sending one is refused rather than ignored. The first-party
 * client is refused: nobody may exchange codes or revoke tokens in its name.
 */
final class ClientAuthenticator {

    private final ClientRepository clients;

    ClientAuthenticator(ClientRepository clients) {
        this.clients = clients;
    }

    /** Runs inside the caller's transaction. */
    OAuthClient authenticate(ClientCredentials credentials) {
        OAuthClient client = clients.findById(credentials.clientId())
                .orElseThrow(() -> new InvalidClientException("unknown client"));
        if (client.firstParty()) {
            throw new InvalidClientException(AuthorizationRequests.FIRST_PARTY_REFUSED);
        }
        if (client.isPublic()) {
            if (credentials.secret().isPresent()) {
                throw new InvalidClientException("a public client has no secret");
            }
            return client;
        }
        boolean secretMatches = credentials
                .secret()
                .map(secret -> secret.hash().matches(client.secretHash().orElseThrow()))
                .orElse(false);
        if (!secretMatches) {
            throw new InvalidClientException("client authentication failed");
        }
        return client;
    }
}
