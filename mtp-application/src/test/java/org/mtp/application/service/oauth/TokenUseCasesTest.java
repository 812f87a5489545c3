package org.mtp.application.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.port.in.oauth.AuthenticatedAccess;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.application.port.in.oauth.ListOwnTokensQuery;
import org.mtp.application.port.in.oauth.RevokeOwnTokenCommand;
import org.mtp.application.port.in.oauth.RevokeTokenCommand;
import org.mtp.application.port.in.oauth.TokenNotFoundException;
import org.mtp.application.port.in.oauth.TokenPage;
import org.mtp.application.port.in.oauth.TokenSummary;
import org.mtp.domain.user.User;

class TokenUseCasesTest {

    private static final ClientId UPLOADER = ClientId.of("uploader");
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private User alice;
    private User bob;
    private ClientSecret webSecret;

    @BeforeEach
    void setUp() {
        alice = accounts.user("alice");
        bob = accounts.user("bob");
        accounts.client("uploader", ClientType.PUBLIC, "app.mtp.desktop://app");
        webSecret = accounts.client("web", ClientType.CONFIDENTIAL, "https://web.example.org/cb")
                .secret()
                .orElseThrow();
    }

    @Test
    void aTokenResolvesToItsUserClientAndScopes() {
        AccessToken token = accounts.tokenFor(alice, UPLOADER, "read");

        AuthenticatedAccess access = accounts.resolveAccessToken.resolve(token);

        assertThat(access.user()).isEqualTo(alice);
        assertThat(access.clientId()).isEqualTo(UPLOADER);
        assertThat(access.scopes()).isEqualTo(Scopes.of(Scope.READ));
    }

    @Test
    void anUnknownTokenDoesNotResolve() {
        assertThatThrownBy(() -> accounts.resolveAccessToken.resolve(AccessToken.of("made-up-token-123456")))
                .isInstanceOfSatisfying(
                        InvalidTokenException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));
    }

    @Test
    void aClientRevokesItsTokenWhichStopsResolvingAtOnce() {
        AccessToken token = accounts.tokenFor(alice, UPLOADER, null);

        accounts.revokeToken.revoke(new RevokeTokenCommand(ClientCredentials.publicClient(UPLOADER), token.reveal()));

        assertThatThrownBy(() -> accounts.resolveAccessToken.resolve(token)).isInstanceOf(InvalidTokenException.class);
        assertThat(accounts.tokens.all())
                .singleElement()
                .satisfies(stored -> assertThat(stored.revokedAt()).contains(accounts.clock.instant()));
    }

    @Test
    void revokingAnUnknownOrAlreadyRevokedTokenIsQuietlyAccepted() {
        AccessToken token = accounts.tokenFor(alice, UPLOADER, null);
        ClientCredentials uploader = ClientCredentials.publicClient(UPLOADER);
        accounts.revokeToken.revoke(new RevokeTokenCommand(uploader, token.reveal()));
        accounts.clock.advance(Duration.ofMinutes(1));

        accounts.revokeToken.revoke(new RevokeTokenCommand(uploader, token.reveal()));
        accounts.revokeToken.revoke(new RevokeTokenCommand(uploader, "not a token at all"));

        assertThat(accounts.tokens.all())
                .singleElement()
                .satisfies(stored -> assertThat(stored.revokedAt())
                        .contains(accounts.clock.instant().minusSeconds(60)));
    }

    @Test
    void aClientCannotRevokeAnotherClientsTokenOrRevokeWithoutItsSecret() {
        AccessToken token = accounts.tokenFor(alice, UPLOADER, null);
        ClientId web = ClientId.of("web");

        assertThatThrownBy(() -> accounts.revokeToken.revoke(
                        new RevokeTokenCommand(ClientCredentials.confidential(web, webSecret), token.reveal())))
                .isInstanceOf(InvalidClientException.class);
        assertThatThrownBy(() -> accounts.revokeToken.revoke(
                        new RevokeTokenCommand(ClientCredentials.publicClient(web), token.reveal())))
                .isInstanceOf(InvalidClientException.class);
        assertThat(accounts.resolveAccessToken.resolve(token).user()).isEqualTo(alice);
    }

    @Test
    void aUserPagesThroughTheirActiveTokensNewestFirst() {
        List<AccessTokenId> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accounts.tokenFor(alice, UPLOADER, null);
            issued.add(
                    accounts.tokens.all().get(accounts.tokens.all().size() - 1).id());
            accounts.clock.advance(Duration.ofSeconds(1));
        }
        accounts.tokenFor(bob, UPLOADER, null);

        TokenPage first = accounts.listOwnTokens.list(new ListOwnTokensQuery(alice.id(), 2, Optional.empty()));
        TokenPage second = accounts.listOwnTokens.list(new ListOwnTokensQuery(alice.id(), 2, first.next()));

        assertThat(first.items()).extracting(TokenSummary::id).containsExactly(issued.get(2), issued.get(1));
        assertThat(first.items().get(0).clientName()).contains(ClientName.of("Client uploader"));
        assertThat(second.items()).extracting(TokenSummary::id).containsExactly(issued.get(0));
        assertThat(second.next()).isEmpty();
    }

    @Test
    void aUserRevokesTheirOwnTokenButNotSomeoneElses() {
        AccessToken mine = accounts.tokenFor(alice, UPLOADER, null);
        AccessToken bobs = accounts.tokenFor(bob, UPLOADER, null);
        AccessTokenId mineId = accounts.resolveAccessToken.resolve(mine).tokenId();
        AccessTokenId bobsId = accounts.resolveAccessToken.resolve(bobs).tokenId();

        assertThatThrownBy(() -> accounts.revokeOwnToken.revoke(new RevokeOwnTokenCommand(alice.id(), bobsId)))
                .isInstanceOfSatisfying(
                        TokenNotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
        assertThatThrownBy(() ->
                        accounts.revokeOwnToken.revoke(new RevokeOwnTokenCommand(alice.id(), AccessTokenId.random())))
                .isInstanceOf(TokenNotFoundException.class);
        accounts.revokeOwnToken.revoke(new RevokeOwnTokenCommand(alice.id(), mineId));
        accounts.revokeOwnToken.revoke(new RevokeOwnTokenCommand(alice.id(), mineId));

        assertThatThrownBy(() -> accounts.resolveAccessToken.resolve(mine)).isInstanceOf(InvalidTokenException.class);
        assertThat(accounts.resolveAccessToken.resolve(bobs).user()).isEqualTo(bob);
        assertThat(accounts.listOwnTokens
                        .list(new ListOwnTokensQuery(alice.id(), 10, Optional.empty()))
                        .items())
                .isEmpty();
    }
}
