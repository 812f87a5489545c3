package org.mtp.adapter.persistence.write.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.domain.user.UserId;

/** The OAuth mappings both ways: clients, authorization codes and access tokens keep every field. */
class OAuthMappersTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final UserId USER = UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001"));
    private static final ClientId CLIENT = ClientId.of("98fgjsjduf89388");

    @Test
    void aConfidentialClientMapsWithItsSecretHashOwnerAndRedirectUrisInTheirOrder() {
        OAuthClient client = new OAuthClient(
                CLIENT,
                ClientName.of("Photo <Tools>"),
                ClientType.CONFIDENTIAL,
                RedirectUris.of(
                        RedirectUri.of("https://tools.example.org/cb"),
                        RedirectUri.of("app.mtp.desktop://app"),
                        RedirectUri.of("http://127.0.0.1:8123/done?x=1")),
                Optional.of(TokenHash.sha256Of("secret")),
                Optional.of(USER),
                T0);

        OAuthClientJpaEntity row = OAuthClientMapper.toJpaEntity(client);

        assertThat(row.getClientId()).isEqualTo("98fgjsjduf89388");
        assertThat(row.isConfidential()).isTrue();
        assertThat(row.getSecretHash()).isEqualTo(TokenHash.sha256Of("secret").hex());
        assertThat(row.getOwnerId()).isEqualTo(USER.value());
        assertThat(row.getRedirectUris())
                .containsExactly(
                        new RedirectUriJpaValue(0, "https://tools.example.org/cb"),
                        new RedirectUriJpaValue(1, "app.mtp.desktop://app"),
                        new RedirectUriJpaValue(2, "http://127.0.0.1:8123/done?x=1"));
        assertThat(OAuthClientMapper.toModelEntity(row)).isEqualTo(client);
    }

    @Test
    void aPublicOperatorClientMapsWithoutSecretOrOwner() {
        OAuthClient client = new OAuthClient(
                CLIENT,
                ClientName.of("Uploader"),
                ClientType.PUBLIC,
                RedirectUris.of(RedirectUri.of("app.mtp.desktop://app")),
                Optional.empty(),
                Optional.empty(),
                T0);

        OAuthClientJpaEntity row = OAuthClientMapper.toJpaEntity(client);

        assertThat(row.isConfidential()).isFalse();
        assertThat(row.getSecretHash()).isNull();
        assertThat(row.getOwnerId()).isNull();
        assertThat(OAuthClientMapper.toModelEntity(row)).isEqualTo(client);
    }

    @Test
    void anIssuedCodeWithAChallengeMapsWithMethodS256AndNoUse() {
        AuthorizationCodeRecord code = AuthorizationCodeRecord.issued(
                TokenHash.sha256Of("code"),
                CLIENT,
                USER,
                RedirectUri.of("app.mtp.desktop://app"),
                true,
                Scopes.all(),
                Optional.of(CodeChallenge.of("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")),
                T0,
                T0.plusSeconds(120));

        AuthorizationCodeJpaEntity row = AuthorizationCodeMapper.toJpaEntity(code);

        assertThat(row.getCodeHash()).isEqualTo(TokenHash.sha256Of("code").hex());
        assertThat(row.getScope()).isEqualTo("read write");
        assertThat(row.getCodeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(row.getCodeChallengeMethod()).isEqualTo("S256");
        assertThat(row.isRedirectUriGiven()).isTrue();
        assertThat(row.getUsedAt()).isNull();
        assertThat(row.getIssuedTokenId()).isNull();
        assertThat(AuthorizationCodeMapper.toModelEntity(row)).isEqualTo(code);
    }

    @Test
    void aUsedCodeWithoutChallengeMapsWithWhenAndWhichToken() {
        AccessTokenId token = AccessTokenId.random();
        AuthorizationCodeRecord code = AuthorizationCodeRecord.issued(
                        TokenHash.sha256Of("code"),
                        CLIENT,
                        USER,
                        RedirectUri.of("https://tools.example.org/cb"),
                        false,
                        Scopes.of(Scope.READ),
                        Optional.empty(),
                        T0,
                        T0.plusSeconds(120))
                .markedUsed(T0.plusSeconds(3), token);

        AuthorizationCodeJpaEntity row = AuthorizationCodeMapper.toJpaEntity(code);

        assertThat(row.getCodeChallenge()).isNull();
        assertThat(row.getCodeChallengeMethod()).isNull();
        assertThat(row.isRedirectUriGiven()).isFalse();
        assertThat(row.getUsedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(row.getIssuedTokenId()).isEqualTo(token.value());
        assertThat(AuthorizationCodeMapper.toModelEntity(row)).isEqualTo(code);
    }

    @Test
    void aCodeRowWithAChallengeMethodOtherThanS256IsRefused() {
        AuthorizationCodeJpaEntity row = new AuthorizationCodeJpaEntity(
                TokenHash.sha256Of("code").hex(),
                "uploader",
                USER.value(),
                "app.mtp.desktop://app",
                true,
                "read",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "plain",
                T0,
                T0.plusSeconds(120),
                null,
                null);

        assertThatThrownBy(() -> AuthorizationCodeMapper.toModelEntity(row))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plain");
    }

    @Test
    void activeAndRevokedAccessTokensMapWithTheirScopes() {
        AccessTokenRecord active = new AccessTokenRecord(
                AccessTokenId.random(),
                TokenHash.sha256Of("token"),
                USER,
                CLIENT,
                Scopes.of(Scope.WRITE),
                T0,
                Optional.empty());
        AccessTokenRecord revoked = active.revoked(T0.plusSeconds(60));

        AccessTokenJpaEntity activeRow = AccessTokenMapper.toJpaEntity(active);
        AccessTokenJpaEntity revokedRow = AccessTokenMapper.toJpaEntity(revoked);

        assertThat(activeRow.getTokenHash())
                .isEqualTo(TokenHash.sha256Of("token").hex());
        assertThat(activeRow.getScope()).isEqualTo("write");
        assertThat(activeRow.getRevokedAt()).isNull();
        assertThat(revokedRow.getRevokedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(AccessTokenMapper.toModelEntity(activeRow)).isEqualTo(active);
        assertThat(AccessTokenMapper.toModelEntity(revokedRow)).isEqualTo(revoked);
    }
}
