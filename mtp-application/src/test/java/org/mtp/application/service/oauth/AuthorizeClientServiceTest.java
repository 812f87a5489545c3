package org.mtp.application.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequest;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizationRequestException;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.InvalidRedirectUriException;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.domain.user.User;

class AuthorizeClientServiceTest {

    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private User alice;

    @BeforeEach
    void setUp() {
        alice = accounts.user("alice");
        accounts.client("uploader", ClientType.PUBLIC, "app.mtp.desktop://app");
        accounts.client("web", ClientType.CONFIDENTIAL, "https://web.example.org/cb", "https://web.example.org/cb2");
    }

    private static AuthorizationRequestCommand request(
            String client, String responseType, String redirectUri, String scope, String challenge, String method) {
        return new AuthorizationRequestCommand(
                ClientId.of(client),
                responseType,
                Optional.ofNullable(redirectUri),
                Optional.ofNullable(scope),
                Optional.ofNullable(challenge),
                Optional.ofNullable(method));
    }

    private AuthorizationRequest check(AuthorizationRequestCommand command) {
        return accounts.checkAuthorizationRequest.check(command);
    }

    @Test
    void theUploadersRequestResolvesItsOnlyRedirectUriAndBothScopes() {
        AuthorizationRequest checked = check(request("uploader", "token", null, null, null, null));

        assertThat(checked.redirectUri()).isEqualTo(RedirectUri.of("app.mtp.desktop://app"));
        assertThat(checked.redirectUriGiven()).isFalse();
        assertThat(checked.responseType()).isEqualTo(ResponseType.TOKEN);
        assertThat(checked.scopes()).isEqualTo(Scopes.all());
        assertThat(checked.client().id()).isEqualTo(ClientId.of("uploader"));
    }

    @Test
    void anUnknownClientIsRefusedWithoutRedirect() {
        assertThatThrownBy(() -> check(request("nobody", "token", null, null, null, null)))
                .isInstanceOf(InvalidClientException.class);
    }

    @ParameterizedTest
    @CsvSource({"uploader,app.mtp.desktop://evil", "uploader,app.mtp.desktop://app/", "web,"})
    void anUnregisteredOrAmbiguouslyMissingRedirectUriIsRefusedWithoutRedirect(String client, String redirectUri) {
        assertThatThrownBy(() -> check(request(client, "code", redirectUri, null, null, null)))
                .isInstanceOf(InvalidRedirectUriException.class);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "'',null,null,null,invalid_request",
                "password,null,null,null,unsupported_response_type",
                "token,read admin,null,null,invalid_scope",
                "code,null,null,null,invalid_request",
                "code,null," + CHALLENGE + ",plain,invalid_request",
                "code,null," + CHALLENGE + ",null,invalid_request",
                "code,null,too-short,S256,invalid_request",
                "code,null,null,S256,invalid_request"
            })
    void otherErrorsAreReportedThroughTheRegisteredRedirectUri(
            String responseType, String scope, String challenge, String method, String error) {
        assertThatThrownBy(() -> check(request("uploader", responseType, null, scope, challenge, method)))
                .isInstanceOfSatisfying(AuthorizationRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(error);
                    assertThat(e.redirectUri()).isEqualTo(RedirectUri.of("app.mtp.desktop://app"));
                });
    }

    @Test
    void aConfidentialClientMayUseTheCodeGrantWithoutPkce() {
        AuthorizationRequest checked = check(request("web", "code", "https://web.example.org/cb2", "read", null, null));

        assertThat(checked.codeChallenge()).isEmpty();
        assertThat(checked.redirectUriGiven()).isTrue();
        assertThat(checked.scopes()).isEqualTo(Scopes.of(Scope.READ));
    }

    @Test
    void theImplicitGrantStoresOnlyTheHashOfTheTokenItReturns() {
        AuthorizationGrant grant = accounts.authorizeClient.authorize(
                new AuthorizeClientCommand(request("uploader", "implicit", null, "read", null, null), alice.id()));

        AuthorizationGrant.Implicit implicit = (AuthorizationGrant.Implicit) grant;
        assertThat(implicit.redirectUri()).isEqualTo(RedirectUri.of("app.mtp.desktop://app"));
        assertThat(accounts.tokens.all()).singleElement().satisfies(stored -> {
            assertThat(stored.hash()).isEqualTo(implicit.token().token().hash());
            assertThat(stored.userId()).isEqualTo(alice.id());
            assertThat(stored.clientId()).isEqualTo(ClientId.of("uploader"));
            assertThat(stored.scopes()).isEqualTo(Scopes.of(Scope.READ));
        });
        assertThat(implicit.token().token().reveal()).hasSize(43);
    }

    @Test
    void theCodeGrantStoresTheHashOfACodeBoundToTheRequestAndExpiringAfterTheLifetime() {
        AuthorizationGrant grant = accounts.authorizeClient.authorize(new AuthorizeClientCommand(
                request("uploader", "code", "app.mtp.desktop://app", null, CHALLENGE, "S256"), alice.id()));

        AuthorizationGrant.Code code = (AuthorizationGrant.Code) grant;
        AuthorizationCodeRecord stored =
                accounts.codes.findByHash(code.code().hash()).orElseThrow();
        assertThat(stored.clientId()).isEqualTo(ClientId.of("uploader"));
        assertThat(stored.userId()).isEqualTo(alice.id());
        assertThat(stored.redirectUriGiven()).isTrue();
        assertThat(stored.codeChallenge()).contains(CodeChallenge.of(CHALLENGE));
        assertThat(stored.expiresAt()).isEqualTo(accounts.clock.instant().plus(accounts.settings.codeLifetime()));
        assertThat(stored.isUsed()).isFalse();
        assertThat(accounts.tokens.all()).isEmpty();
    }

    @Test
    void aRefusedAuthorizationStoresNothing() {
        assertThatThrownBy(() -> accounts.authorizeClient.authorize(
                        new AuthorizeClientCommand(request("uploader", "code", null, null, null, null), alice.id())))
                .isInstanceOf(AuthorizationRequestException.class);

        assertThat(accounts.codes.count()).isZero();
        assertThat(accounts.tokens.all()).isEmpty();
    }
}
