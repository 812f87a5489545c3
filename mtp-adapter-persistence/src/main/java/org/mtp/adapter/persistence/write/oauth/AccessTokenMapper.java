package org.mtp.adapter.persistence.write.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.domain.user.UserId;

/** Persistence adapter: maps an {@link AccessTokenRecord} to its {@code access_tokens} row and back. */
final class AccessTokenMapper {

    private AccessTokenMapper() {}

    static AccessTokenJpaEntity toJpaEntity(AccessTokenRecord token) {
        return new AccessTokenJpaEntity(
                token.id().value(),
                token.hash().hex(),
                token.clientId().value(),
                token.userId().value(),
                token.scopes().text(),
                token.createdAt(),
                token.revokedAt().orElse(null));
    }

    static AccessTokenRecord toModelEntity(AccessTokenJpaEntity row) {
        return new AccessTokenRecord(
                new AccessTokenId(row.getId()),
                new TokenHash(row.getTokenHash()),
                UserId.of(row.getUserId()),
                ClientId.of(row.getClientId()),
                Scopes.parse(row.getScope()),
                row.getCreatedAt(),
                Optional.ofNullable(row.getRevokedAt()));
    }
}
