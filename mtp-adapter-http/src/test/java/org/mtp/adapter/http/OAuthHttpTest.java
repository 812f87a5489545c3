package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.AuthorizeFlow.redirectParameters;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertNoStackTrace;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertOAuthError;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.CodeVerifier;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.domain.user.Username;

/** mtp's OAuth 2.0 server end to end over real HTTP: both grants, PKCE, denial, CSRF, tokens and revocation. */
class OAuthHttpTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE =
            CodeChallenge.s256(CodeVerifier.of(VERIFIER)).value();
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final AuthorizeFlow flow = new AuthorizeFlow(client);
    private final String password = RunningApi.passwordOf("alice");

    @BeforeEach
    void signUpAlice() {
        running.user("alice");
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private String location(ApiResponse response) {
        assertThat(response.status()).as("redirect: %s", response.body()).isEqualTo(302);
        return response.header("Location").orElseThrow();
    }

    private String codeFor(String query) {
        String location = location(flow.approve(flow.open(query), "alice", password));
        return redirectParameters(location, '?').get("code");
    }

    private ApiClient.Call tokenRequest(String... namesAndValues) {
        return client.post("/api/v1/oauth/token").form(ApiClient.form(namesAndValues));
    }

    private ApiResponse exchange(String code, String verifier) {
        return tokenRequest(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "client_id",
                        "uploader",
                        "code_verifier",
                        verifier)
                .send();
    }

    @Test
    void theUploadersImplicitSignInEndsAtItsCustomSchemeWithAWorkingToken() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token&state=s%201");

        assertThat(page.response().contentType()).startsWith("text/html");
        assertThat(page.response().body()).contains("Client uploader", "read and change");
        assertThat(page.response().header("X-Frame-Options")).contains("DENY");
        String location = location(flow.approve(page, "alice", password));

        assertThat(location)
                .matches("app\\.mtp\\.desktop://app#access_token=[A-Za-z0-9_-]{43}&token_type=bearer" + "&state=s%201");
        String token = redirectParameters(location, '#').get("access_token");
        assertThat(client.get("/api/v1/me").bearer(token).send().at("username")).isEqualTo("alice");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "client_id=uploader&response_type=implicit",
                "client_id=uploader&response_type=token" + "&redirect_uri=app.mtp.desktop%3A%2F%2Fapp&scope=read"
            })
    void theSeedsImplicitSpellingAndAnExplicitRedirectUriWork(String query) {
        String location = location(flow.approve(flow.open(query), "ALICE@example.org", password));

        assertThat(location).startsWith("app.mtp.desktop://app#access_token=");
    }

    @Test
    void theSeedsExactAuthorizeRequestShowsThePage() {
        running.accounts.client("98fgjsjduf89388", ClientType.PUBLIC, "app.mtp.desktop://app");

        ApiResponse response = client.get("/api/v1/authorize?client_id=98fgjsjduf89388&response_type=token")
                .header("User-Agent", "curl/8.5.0")
                .accept("*/*")
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<form method=\"post\" action=\"/api/v1/authorize\">");
    }

    @Test
    void theCodeGrantWithPkceEndsWithATokenFromTheTokenEndpoint() {
        String location = location(flow.approve(
                flow.open("client_id=uploader&response_type=code&state=xyz"
                        + "&redirect_uri=app.mtp.desktop%3A%2F%2Fapp&code_challenge=" + CHALLENGE
                        + "&code_challenge_method=S256"),
                "alice",
                password));
        Map<String, String> parameters = redirectParameters(location, '?');

        assertThat(location).startsWith("app.mtp.desktop://app?code=");
        assertThat(parameters).containsEntry("state", "xyz");
        ApiResponse token = tokenRequest(
                        "grant_type",
                        "authorization_code",
                        "code",
                        parameters.get("code"),
                        "redirect_uri",
                        "app.mtp.desktop://app",
                        "client_id",
                        "uploader",
                        "code_verifier",
                        VERIFIER)
                .send();

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json()).containsEntry("token_type", "bearer").containsEntry("scope", "read write");
        assertThat(token.header("Cache-Control")).contains("no-store");
        assertThat(client.get("/api/v1/me")
                        .bearer(token.text("access_token"))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aWrongVerifierIsRefusedAndTheRightOneStillWorks() {
        String code = codeFor(
                "client_id=uploader&response_type=code&code_challenge=" + CHALLENGE + "&code_challenge_method=S256");

        assertOAuthError(exchange(code, "W".repeat(43)), 400, "invalid_grant");
        assertOAuthError(
                tokenRequest("grant_type", "authorization_code", "code", code, "client_id", "uploader")
                        .send(),
                400,
                "invalid_grant");
        assertThat(exchange(code, VERIFIER).status()).isEqualTo(200);
    }

    @Test
    void aCodeUsedTwiceIsRefusedAndTheTokenItBecameIsRevoked() {
        String code = codeFor(
                "client_id=uploader&response_type=code&code_challenge=" + CHALLENGE + "&code_challenge_method=S256");
        String token = exchange(code, VERIFIER).text("access_token");

        assertOAuthError(exchange(code, VERIFIER), 400, "invalid_grant");
        assertProblem(client.get("/api/v1/me").bearer(token).send(), 401, "invalid_token");
    }

    @Test
    void aCodeExpiresWithinMinutes() {
        String code = codeFor(
                "client_id=uploader&response_type=code&code_challenge=" + CHALLENGE + "&code_challenge_method=S256");
        running.accounts.clock.advance(running.accounts.settings.codeLifetime());

        assertOAuthError(exchange(code, VERIFIER), 400, "invalid_grant");
    }

    @Test
    void aConfidentialClientAuthenticatesWithHttpBasicOrItsSecretInTheForm() {
        String query = "client_id=web&response_type=code&redirect_uri="
                + URLEncoder.encode(RunningApi.WEB_REDIRECT, StandardCharsets.UTF_8);
        String secret = running.webSecret.reveal();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("web:" + secret).getBytes(StandardCharsets.UTF_8));

        ApiResponse byBasic = tokenRequest(
                        "grant_type",
                        "authorization_code",
                        "code",
                        codeFor(query),
                        "redirect_uri",
                        RunningApi.WEB_REDIRECT)
                .header("Authorization", basic)
                .send();
        ApiResponse byForm = tokenRequest(
                        "grant_type",
                        "authorization_code",
                        "code",
                        codeFor(query),
                        "redirect_uri",
                        RunningApi.WEB_REDIRECT,
                        "client_id",
                        "web",
                        "client_secret",
                        secret)
                .send();

        assertThat(byBasic.status()).isEqualTo(200);
        assertThat(byForm.status()).isEqualTo(200);
    }

    @Test
    void aWrongClientSecretIs401InvalidClientWithAChallenge() {
        String code = codeFor("client_id=web&response_type=code&redirect_uri="
                + URLEncoder.encode(RunningApi.WEB_REDIRECT, StandardCharsets.UTF_8));
        String basic = "Basic "
                + Base64.getEncoder().encodeToString("web:wrong-secret-wrong-secret".getBytes(StandardCharsets.UTF_8));

        ApiResponse response = tokenRequest(
                        "grant_type", "authorization_code", "code", code, "redirect_uri", RunningApi.WEB_REDIRECT)
                .header("Authorization", basic)
                .send();

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).contains("Basic realm=\"mtp\"", "Bearer realm=\"mtp\""));
    }

    @Test
    void theTokenEndpointAnswersRfc6749Errors() {
        assertOAuthError(tokenRequest("code", "x").send(), 400, "invalid_request");
        assertOAuthError(
                tokenRequest("grant_type", "password", "username", "alice").send(), 400, "unsupported_grant_type");
        assertOAuthError(
                tokenRequest("grant_type", "authorization_code", "code", "0123456789abcdef0123")
                        .send(),
                401,
                "invalid_client");
        assertOAuthError(
                tokenRequest(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "0123456789abcdef0123",
                                "client_id",
                                "uploader",
                                "code_verifier",
                                VERIFIER)
                        .send(),
                400,
                "invalid_grant");
        assertOAuthError(
                tokenRequest("grant_type", "authorization_code", "grant_type", "authorization_code")
                        .send(),
                400,
                "invalid_request");
    }

    @Test
    void denyingAnswersAccessDeniedThroughTheRedirectWithTheState() {
        AuthorizeFlow.Page implicit = flow.open("client_id=uploader&response_type=token&state=abc");
        AuthorizeFlow.Page code = flow.open("client_id=uploader&response_type=code&state=abc&code_challenge="
                + CHALLENGE + "&code_challenge_method=S256");

        String implicitDenied = location(flow.submit(implicit, "approve", "false"));
        String codeDenied = location(flow.submit(code, "username", "alice", "password", password));

        assertThat(redirectParameters(implicitDenied, '#'))
                .containsEntry("error", "access_denied")
                .containsEntry("state", "abc");
        assertThat(codeDenied).startsWith("app.mtp.desktop://app?error=access_denied&");
        assertThat(running.accounts.tokens.all()).isEmpty();
        assertThat(running.accounts.codes.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "client_id=uploader&response_type=token&redirect_uri=app.mtp.desktop%3A%2F%2Fevil",
                "client_id=uploader&response_type=token&redirect_uri=https%3A%2F%2Fevil.example.org%2F",
                "client_id=web&response_type=token",
                "client_id=nobody&response_type=token",
                "response_type=token",
                "client_id=uploader&client_id=web&response_type=token"
            })
    void anUnknownClientOrUnregisteredRedirectUriGetsAnHtml400AndIsNeverRedirected(String query) {
        ApiResponse response = client.get("/api/v1/authorize?" + query).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.header("Location")).isEmpty();
        assertNoStackTrace(response);
    }

    @Test
    void anUnregisteredRedirectUriIsRefusedOnPostTooEvenWithAValidForm() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token");
        Map<String, String> forged = new LinkedHashMap<>(page.hiddenFields());
        forged.put("redirect_uri", "app.mtp.desktop://evil");

        ApiResponse response =
                flow.submit(forged, page.cookie(), "username", "alice", "password", password, "approve", "true");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Location")).isEmpty();
        assertThat(running.accounts.tokens.all()).isEmpty();
    }

    @Test
    void otherRequestErrorsAreRedirectedToTheClient() {
        String noPkce = location(client.get("/api/v1/authorize?client_id=uploader&response_type=code&state=q")
                .send());
        String badType = location(client.get("/api/v1/authorize?client_id=uploader&response_type=password")
                .send());
        String badScope = location(client.get("/api/v1/authorize?client_id=uploader&response_type=token&scope=admin")
                .send());

        assertThat(redirectParameters(noPkce, '?'))
                .containsEntry("error", "invalid_request")
                .containsEntry("state", "q");
        assertThat(redirectParameters(badType, '?')).containsEntry("error", "unsupported_response_type");
        assertThat(redirectParameters(badScope, '#')).containsEntry("error", "invalid_scope");
    }

    @Test
    void wrongCredentialsShowThePageAgainWith401AndIssueNothing() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token");

        ApiResponse response = flow.approve(page, "alice", "not her password");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).contains("do not match", "form_token");
        assertThat(response.header("Location")).isEmpty();
        assertThat(running.accounts.tokens.all()).isEmpty();
        AuthorizeFlow.Page again = new AuthorizeFlow.Page(response, page.hiddenFields(), page.cookie());
        assertThat(again.response().body()).contains("name=\"username\"");
    }

    @Test
    void aPostWithoutThePagesCookieOrWithAnAlteredTokenOrRequestIsRefused() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token&state=one");
        AuthorizeFlow.Page other = flow.open("client_id=uploader&response_type=token&state=one");
        Map<String, String> alteredState = new LinkedHashMap<>(page.hiddenFields());
        alteredState.put("state", "two");
        Map<String, String> alteredToken = new LinkedHashMap<>(page.hiddenFields());
        alteredToken.put("form_token", "A" + page.formToken().substring(1));
        String[] approve = {"username", "alice", "password", password, "approve", "true"};

        for (ApiResponse refused : List.of(
                flow.submit(page.hiddenFields(), null, approve),
                flow.submit(page.hiddenFields(), other.cookie(), approve),
                flow.submit(alteredState, page.cookie(), approve),
                flow.submit(alteredToken, page.cookie(), approve))) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("text/html");
            assertThat(refused.header("Location")).isEmpty();
        }
        assertThat(running.accounts.tokens.all()).isEmpty();
        assertThat(flow.approve(page, "alice", password).status()).isEqualTo(302);
    }

    @Test
    void theFormExpires() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token");
        running.accounts.clock.advance(HttpSettings.DEFAULT_FORM_LIFETIME);

        assertThat(flow.approve(page, "alice", password).status()).isEqualTo(400);
    }

    @Test
    void thePageEscapesTheStateAndTheClientName() {
        running.accounts.registerOperatorClient.register(new RegisterOperatorClientCommand(
                Optional.of(ClientId.of("evil")),
                ClientName.of("<script>alert(1)</script>"),
                RedirectUris.parse(List.of("app.evil://cb")),
                ClientType.PUBLIC));

        ApiResponse page = client.get("/api/v1/authorize?client_id=evil&response_type=token&state=%22%3E%3Cscript%3Ex"
                        + "%3C%2Fscript%3E")
                .send();

        assertThat(page.body())
                .doesNotContain("<script>")
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt;", "value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"");
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    }

    @Test
    void aClientRevokesItsTokenWhichGets401OnItsVeryNextRequest() {
        String token = running.token(
                running.accounts.users.findByUsernameKey(Username.of("alice")).orElseThrow());
        assertThat(client.get("/api/v1/me").bearer(token).send().status()).isEqualTo(200);

        ApiResponse revoked = client.post("/api/v1/oauth/revoke")
                .form(ApiClient.form("token", token, "token_type_hint", "access_token", "client_id", "uploader"))
                .send();

        assertThat(revoked.status()).isEqualTo(200);
        assertProblem(client.get("/api/v1/me").bearer(token).send(), 401, "invalid_token");
    }

    @Test
    void revokingAnUnknownTokenIsAcceptedButAnotherClientsTokenIsRefused() {
        var alice =
                running.accounts.users.findByUsernameKey(Username.of("alice")).orElseThrow();
        String uploaderToken = running.token(alice);
        String secret = running.webSecret.reveal();

        assertThat(client.post("/api/v1/oauth/revoke")
                        .form(ApiClient.form("token", "never-issued-token-0000", "client_id", "uploader"))
                        .send()
                        .status())
                .isEqualTo(200);
        assertOAuthError(
                client.post("/api/v1/oauth/revoke")
                        .form(ApiClient.form("token", uploaderToken, "client_id", "web", "client_secret", secret))
                        .send(),
                401,
                "invalid_client");
        assertOAuthError(
                client.post("/api/v1/oauth/revoke")
                        .form(ApiClient.form("client_id", "uploader"))
                        .send(),
                400,
                "invalid_request");
        assertThat(client.get("/api/v1/me").bearer(uploaderToken).send().status())
                .isEqualTo(200);
    }

    @Test
    void theWebAppsOwnClientIsRefusedByTheAuthorizationAndTokenEndpoints() {
        ApiResponse page = client.get("/api/v1/authorize?client_id=mtp-web&response_type=token")
                .accept("text/html")
                .send();
        ApiResponse token = tokenRequest(
                        "grant_type", "authorization_code", "code", "0123456789abcdef0123", "client_id", "mtp-web")
                .send();

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("signs in only through the web app");
        assertOAuthError(token, 401, "invalid_client");
    }
}
