package org.mtp.application.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.application.port.in.oauth.ClientIdTakenException;
import org.mtp.application.port.in.oauth.ExchangeCodeCommand;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.in.oauth.RevokeTokenCommand;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

/** The web app's own client is used by its sign-in only: every OAuth endpoint refuses it. */
class FirstPartyClientTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final User alice = accounts.user("alice");

    private static AuthorizationRequestCommand request(String responseType) {
        return new AuthorizationRequestCommand(
                ClientId.FIRST_PARTY,
                responseType,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void theAuthorizationEndpointRefusesItForEveryResponseType() {
        for (String type : List.of("token", "code", "implicit")) {
            assertThatThrownBy(() -> accounts.checkAuthorizationRequest.check(request(type)))
                    .isInstanceOf(InvalidClientException.class);
            assertThatThrownBy(() ->
                            accounts.authorizeClient.authorize(new AuthorizeClientCommand(request(type), alice.id())))
                    .isInstanceOf(InvalidClientException.class);
        }
        assertThat(accounts.tokens.all()).isEmpty();
    }

    @Test
    void theTokenAndRevocationEndpointsRefuseIt() {
        String session = accounts.signIn
                .signIn(new SignInUseCase.Command(
                        "alice", RawPassword.of(InMemoryAccounts.passwordOf("alice")), ClientAddress.of("192.0.2.1")))
                .session()
                .token()
                .reveal();
        ClientCredentials web = ClientCredentials.publicClient(ClientId.FIRST_PARTY);

        assertThatThrownBy(() -> accounts.exchangeCode.exchange(new ExchangeCodeCommand(
                        web, AuthorizationCode.of("a-code-nobody-was-ever-given"), Optional.empty(), Optional.empty())))
                .isInstanceOf(InvalidClientException.class);
        assertThatThrownBy(() -> accounts.revokeToken.revoke(new RevokeTokenCommand(web, session)))
                .isInstanceOf(InvalidClientException.class);
        assertThat(accounts.tokens.all())
                .singleElement()
                .satisfies(token -> assertThat(token.isRevoked()).isFalse());
    }

    @Test
    void itsIdCannotBeRegisteredAgainAndOnlyItMayGoWithoutRedirectUri() {
        assertThatThrownBy(() -> accounts.registerOperatorClient.register(new RegisterOperatorClientCommand(
                        Optional.of(ClientId.FIRST_PARTY),
                        ClientName.of("Impostor"),
                        RedirectUris.parse(List.of("https://evil.example.org/cb")),
                        ClientType.PUBLIC)))
                .isInstanceOf(ClientIdTakenException.class);
        assertThatThrownBy(() -> new OAuthClient(
                        ClientId.of("other"),
                        ClientName.of("Other"),
                        ClientType.PUBLIC,
                        RedirectUris.none(),
                        Optional.empty(),
                        Optional.empty(),
                        Instant.EPOCH))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RedirectUris.parse(List.of())).isInstanceOf(ValidationException.class);
    }
}
