package org.mtp.adapter.persistence.write.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.domain.user.UserId;

/** Persistence adapter: maps an {@link OAuthClient} to its {@code oauth_clients} row and redirect URI rows and back. */
final class OAuthClientMapper {

    private OAuthClientMapper() {}

    static OAuthClientJpaEntity toJpaEntity(OAuthClient client) {
        List<RedirectUri> uris = client.redirectUris().values();
        List<RedirectUriJpaValue> rows = new ArrayList<>(uris.size());
        for (int position = 0; position < uris.size(); position++) {
            rows.add(new RedirectUriJpaValue(position, uris.get(position).value()));
        }
        return new OAuthClientJpaEntity(
                client.id().value(),
                client.name().value(),
                client.type() == ClientType.CONFIDENTIAL,
                client.secretHash().map(TokenHash::hex).orElse(null),
                client.owner().map(UserId::value).orElse(null),
                client.createdAt(),
                client.firstParty(),
                rows);
    }

    static OAuthClient toModelEntity(OAuthClientJpaEntity row) {
        RedirectUris uris = new RedirectUris(row.getRedirectUris().stream()
                .map(uri -> RedirectUri.of(uri.uri()))
                .toList());
        return new OAuthClient(
                ClientId.of(row.getClientId()),
                ClientName.of(row.getName()),
                row.isConfidential() ? ClientType.CONFIDENTIAL : ClientType.PUBLIC,
                uris,
                Optional.ofNullable(row.getSecretHash()).map(TokenHash::new),
                Optional.ofNullable(row.getOwnerId()).map(UserId::of),
                row.getCreatedAt(),
                row.isFirstParty());
    }
}
