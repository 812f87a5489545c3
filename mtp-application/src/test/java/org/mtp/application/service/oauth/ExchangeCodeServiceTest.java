package org.mtp.application.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.CodeVerifier;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.application.port.in.oauth.ExchangeCodeCommand;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.InvalidGrantException;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.domain.user.User;

class ExchangeCodeServiceTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final String OTHER_VERIFIER = "x".repeat(43);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private User alice;
    private ClientSecret webSecret;

    @BeforeEach
    void setUp() {
        alice = accounts.user("alice");
        accounts.client("uploader", ClientType.PUBLIC, "app.mtp.desktop://app");
        accounts.client("other", ClientType.PUBLIC, "app.mtp.desktop://app");
        webSecret = accounts.client("web", ClientType.CONFIDENTIAL, "https://web.example.org/cb")
                .secret()
                .orElseThrow();
    }

    private AuthorizationCode code(String client, String redirectUri, String challenge) {
        AuthorizationGrant grant = accounts.authorizeClient.authorize(new AuthorizeClientCommand(
                new AuthorizationRequestCommand(
                        ClientId.of(client),
                        "code",
                        Optional.ofNullable(redirectUri),
                        Optional.empty(),
                        Optional.ofNullable(challenge),
                        Optional.ofNullable(challenge).map(c -> "S256")),
                alice.id()));
        return ((AuthorizationGrant.Code) grant).code();
    }

    private IssuedAccessToken exchange(
            ClientCredentials client, AuthorizationCode code, String redirectUri, String verifier) {
        return accounts.exchangeCode.exchange(new ExchangeCodeCommand(
                client,
                code,
                Optional.ofNullable(redirectUri),
                Optional.ofNullable(verifier).map(CodeVerifier::of)));
    }

    private static ClientCredentials uploader() {
        return ClientCredentials.publicClient(ClientId.of("uploader"));
    }

    private void assertRefusedAndUnchanged(Runnable exchange, AuthorizationCode code, Class<?> failure) {
        assertThatThrownBy(exchange::run).isInstanceOf(failure);
        assertThat(accounts.codes.findByHash(code.hash()).orElseThrow().isUsed())
                .isFalse();
        assertThat(accounts.tokens.all()).isEmpty();
    }

    @Test
    void aPublicClientExchangesItsCodeWithTheRightVerifierForAWorkingToken() {
        AuthorizationCode code = code("uploader", null, CHALLENGE);

        IssuedAccessToken token = exchange(uploader(), code, null, VERIFIER);

        assertThat(accounts.resolveAccessToken.resolve(token.token()).user()).isEqualTo(alice);
        assertThat(accounts.codes.findByHash(code.hash()).orElseThrow().issuedTokenId())
                .contains(token.id());
    }

    @Test
    void aWrongOrMissingVerifierIsRefusedAndTheCodeStaysUnused() {
        AuthorizationCode code = code("uploader", null, CHALLENGE);

        assertRefusedAndUnchanged(
                () -> exchange(uploader(), code, null, OTHER_VERIFIER), code, InvalidGrantException.class);
        assertRefusedAndUnchanged(() -> exchange(uploader(), code, null, null), code, InvalidGrantException.class);
    }

    @Test
    void aReusedCodeIsRefusedAndTheTokenItBecameIsRevoked() {
        AuthorizationCode code = code("uploader", null, CHALLENGE);
        IssuedAccessToken first = exchange(uploader(), code, null, VERIFIER);

        assertThatThrownBy(() -> exchange(uploader(), code, null, VERIFIER)).isInstanceOf(InvalidGrantException.class);
        assertThatThrownBy(() -> accounts.resolveAccessToken.resolve(first.token()))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(accounts.tokens.all()).hasSize(1);
    }

    @Test
    void aCodeExpiresAtTheEndOfItsLifetime() {
        AuthorizationCode late = code("uploader", null, CHALLENGE);
        AuthorizationCode inTime = code("uploader", null, CHALLENGE);
        accounts.clock.advance(accounts.settings.codeLifetime().minus(Duration.ofMillis(1)));
        exchange(uploader(), inTime, null, VERIFIER);
        accounts.clock.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> exchange(uploader(), late, null, VERIFIER)).isInstanceOf(InvalidGrantException.class);
        assertThat(accounts.codes.findByHash(late.hash()).orElseThrow().isUsed())
                .isFalse();
    }

    @Test
    void anotherClientCannotUseTheCode() {
        AuthorizationCode code = code("uploader", null, CHALLENGE);

        assertRefusedAndUnchanged(
                () -> exchange(ClientCredentials.publicClient(ClientId.of("other")), code, null, VERIFIER),
                code,
                InvalidGrantException.class);
    }

    @Test
    void theRedirectUriMustBeRepeatedExactlyWhenTheRequestNamedOne() {
        AuthorizationCode code = code("uploader", "app.mtp.desktop://app", CHALLENGE);

        assertRefusedAndUnchanged(() -> exchange(uploader(), code, null, VERIFIER), code, InvalidGrantException.class);
        assertRefusedAndUnchanged(
                () -> exchange(uploader(), code, "app.mtp.desktop://other", VERIFIER),
                code,
                InvalidGrantException.class);
        assertThat(exchange(uploader(), code, "app.mtp.desktop://app", VERIFIER))
                .isNotNull();
    }

    @Test
    void aConfidentialClientAuthenticatesWithItsSecret() {
        AuthorizationCode code = code("web", null, null);
        ClientId web = ClientId.of("web");

        assertRefusedAndUnchanged(
                () -> exchange(ClientCredentials.publicClient(web), code, null, null),
                code,
                InvalidClientException.class);
        assertRefusedAndUnchanged(
                () -> exchange(
                        ClientCredentials.confidential(web, ClientSecret.of("not-the-secret-at-all")),
                        code,
                        null,
                        null),
                code,
                InvalidClientException.class);
        assertRefusedAndUnchanged(
                () -> exchange(ClientCredentials.confidential(web, webSecret), code, null, VERIFIER),
                code,
                InvalidGrantException.class);
        assertThat(exchange(ClientCredentials.confidential(web, webSecret), code, null, null)
                        .clientId())
                .isEqualTo(web);
    }

    @Test
    void aPublicClientSendingASecretOrAnUnknownClientIsRefused() {
        AuthorizationCode code = code("uploader", null, CHALLENGE);

        assertRefusedAndUnchanged(
                () -> exchange(
                        ClientCredentials.confidential(
                                ClientId.of("uploader"), ClientSecret.of("a-secret-it-never-had")),
                        code,
                        null,
                        VERIFIER),
                code,
                InvalidClientException.class);
        assertRefusedAndUnchanged(
                () -> exchange(ClientCredentials.publicClient(ClientId.of("nobody")), code, null, VERIFIER),
                code,
                InvalidClientException.class);
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThatThrownBy(() -> exchange(uploader(), AuthorizationCode.of("made-up-code-0123456789"), null, VERIFIER))
                .isInstanceOf(InvalidGrantException.class);
        assertThat(accounts.tokens.all()).isEmpty();
    }
}
