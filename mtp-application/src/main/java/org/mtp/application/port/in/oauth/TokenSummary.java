package org.mtp.application.port.in.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;

/** One granted token as its user sees it: never the secret, only what it is for. */
public record TokenSummary(
        AccessTokenId id, ClientId clientId, Optional<ClientName> clientName, Scopes scopes, Instant createdAt) {

    public TokenSummary {
        Require.notNull("id", id);
        Require.notNull("client_id", clientId);
        Require.notNull("client_name", clientName);
        Require.notNull("scope", scopes);
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
    }

    /** True for a web app session (a token of the first-party client), false for a token granted to an app. */
    public boolean isBrowserSession() {
        return clientId.equals(ClientId.FIRST_PARTY);
    }

    public TokenPosition position() {
        return new TokenPosition(createdAt, id);
    }
}
