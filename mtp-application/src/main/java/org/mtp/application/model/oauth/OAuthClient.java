package org.mtp.application.model.oauth;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * A registered OAuth client. A confidential client has the hash of its secret, a public one has none; an
 * operator-created client has no owner. The one first-party client (the web app, {@link ClientId#FIRST_PARTY}) is
 * public, ownerless and has no redirect URI: its tokens are issued only by the web app's sign-in, never through an
 * OAuth endpoint.
 */
public record OAuthClient(
        ClientId id,
        ClientName name,
        ClientType type,
        RedirectUris redirectUris,
        Optional<TokenHash> secretHash,
        Optional<UserId> owner,
        Instant createdAt,
        boolean firstParty) {

    /** The name the first-party client is created with (by a migration, and by the in-memory fakes). */
    public static final ClientName FIRST_PARTY_NAME = ClientName.of("Map the Paths web app");

    public OAuthClient {
        Require.notNull("id", id);
        Require.notNull("name", name);
        Require.notNull("type", type);
        Require.notNull("redirect_uris", redirectUris);
        Require.notNull("secretHash", secretHash);
        Require.notNull("owner", owner);
        Require.that(
                secretHash.isPresent() == (type == ClientType.CONFIDENTIAL),
                "secretHash",
                "must be present exactly for a confidential client");
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
        Require.that(firstParty == id.equals(ClientId.FIRST_PARTY), "client_id", "is the first-party client's exactly");
        Require.that(
                !firstParty || (type == ClientType.PUBLIC && owner.isEmpty() && redirectUris.isEmpty()),
                "client_id",
                "the first-party client is public, ownerless and has no redirect URI");
        Require.that(firstParty || !redirectUris.isEmpty(), "redirect_uris", "must hold at least one URI");
    }

    /** A client registered through the API or by the operator. */
    public OAuthClient(
            ClientId id,
            ClientName name,
            ClientType type,
            RedirectUris redirectUris,
            Optional<TokenHash> secretHash,
            Optional<UserId> owner,
            Instant createdAt) {
        this(id, name, type, redirectUris, secretHash, owner, createdAt, false);
    }

    /** The web app's own client, as the migration creates it. */
    public static OAuthClient firstParty(Instant createdAt) {
        return new OAuthClient(
                ClientId.FIRST_PARTY,
                FIRST_PARTY_NAME,
                ClientType.PUBLIC,
                RedirectUris.none(),
                Optional.empty(),
                Optional.empty(),
                createdAt,
                true);
    }

    public boolean isPublic() {
        return type == ClientType.PUBLIC;
    }
}
