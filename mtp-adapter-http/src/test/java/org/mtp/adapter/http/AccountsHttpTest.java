package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.domain.user.User;

/** Sign-up, client registration and the user's own tokens, over real HTTP. */
class AccountsHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiClient.Call signUp() {
        return client.post("/api/v1/users");
    }

    @Test
    void aPersonSignsUpThroughAKnownClientAndTheAnswerHoldsNoPassword() {
        ApiResponse response = signUp().form(ApiClient.form(
                        "client_id",
                        "uploader",
                        "username",
                        "Alice",
                        "email",
                        "Alice@Example.org",
                        "password",
                        "correct horse"))
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).containsEntry("username", "Alice").containsEntry("email", "Alice@Example.org");
        assertThat(response.body()).doesNotContain("correct horse", "pbkdf2");
        assertThat(running.accounts.users.count()).isEqualTo(1);
    }

    @Test
    void signingUpNeedsAClient() {
        assertProblem(
                signUp().json("{\"username\":\"alice\",\"email\":\"a@example.org\",\"password\":\"long enough\"}")
                        .send(),
                401,
                "invalid_client");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void everyInvalidFieldIsNamedInOneAnswerAndNothingIsStored() {
        ApiResponse response = signUp().json("{\"client_id\":\"uploader\",\"username\":\"a b\",\"email\":\"nope\","
                        + "\"password\":\"short\"}")
                .send();

        assertFieldProblem(response, 400, "validation_failed", "username", "email", "password");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void missingFieldsAreNamed() {
        assertFieldProblem(
                signUp().json("{\"client_id\":\"uploader\"}").send(),
                400,
                "validation_failed",
                "username",
                "email",
                "password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALICE,other@example.org,username", "bob,ALICE@example.ORG,email"})
    void aTakenUsernameOrEmailInAnyLetterCaseIsA409NamingTheField(String given) {
        running.user("alice");
        String[] parts = given.split(",");

        ApiResponse response = signUp().json("{\"client_id\":\"uploader\",\"username\":\"" + parts[0]
                        + "\",\"email\":\"" + parts[1] + "\",\"password\":\"long enough\"}")
                .send();

        assertFieldProblem(response, 409, "conflict", parts[2]);
        assertThat(running.accounts.users.count()).isEqualTo(1);
    }

    @Test
    void aSignedInUserRegistersAConfidentialClientWhoseSecretIsShownOnceAndStoredHashed() {
        User alice = running.user("alice");

        ApiResponse response = client.post("/api/v1/clients")
                .bearer(running.token(alice))
                .json(
                        "{\"name\":\"<b>Tools</b>\",\"redirect_uris\":[\"https://tools.example.org/cb\",\"app.tools://cb\"],"
                                + "\"type\":\"confidential\"}")
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).contains("no-store");
        String secret = response.text("client_secret");
        OAuthClient stored = running.accounts
                .clients
                .findById(ClientId.of(response.text("client_id")))
                .orElseThrow();
        assertThat(stored.secretHash()).contains(ClientSecret.of(secret).hash());
        assertThat(stored.owner()).contains(alice.id());
        assertThat(response.at("name")).isEqualTo("<b>Tools</b>");
        assertThat(response.at("redirect_uris")).isEqualTo(List.of("https://tools.example.org/cb", "app.tools://cb"));
    }

    @Test
    void aPublicClientRegisteredByFormHasNoSecretAndCanSignUsersUp() {
        String token = running.token(running.user("alice"));

        ApiResponse response = client.post("/api/v1/clients")
                .bearer(token)
                .form(ApiClient.form("name", "Uploader 2", "redirect_uris", "app.mtp.desktop://app", "type", "public"))
                .send();
        String clientId = response.text("client_id");

        assertThat(response.at("client_secret")).isNull();
        assertThat(signUp().form(ApiClient.form(
                                "client_id",
                                clientId,
                                "username",
                                "bob",
                                "email",
                                "bob@example.org",
                                "password",
                                "long enough"))
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript://x/%0aalert(1)",
                "data://text/html,x",
                "/relative",
                "http://evil.example.org/",
                "https://x.example.org/#fragment"
            })
    void dangerousOrMalformedRedirectUrisAreRefused(String uri) {
        String token = running.token(running.user("alice"));

        ApiResponse response = client.post("/api/v1/clients")
                .bearer(token)
                .json("{\"name\":\"x\",\"redirect_uris\":[\"" + uri + "\"],\"type\":\"public\"}")
                .send();

        assertFieldProblem(response, 400, "validation_failed", "redirect_uris");
        assertThat(running.accounts.clients.count()).isEqualTo(2);
    }

    @Test
    void registeringAClientNeedsNameUrisAndType() {
        String token = running.token(running.user("alice"));

        assertFieldProblem(
                client.post("/api/v1/clients")
                        .bearer(token)
                        .json("{\"type\":\"secret\"}")
                        .send(),
                400,
                "validation_failed",
                "name",
                "redirect_uris",
                "type");
    }

    @Test
    void aUserListsAndRevokesTheirTokensAndARevokedTokenFailsOnItsVeryNextRequest() {
        User alice = running.user("alice");
        String kept = running.token(alice);
        running.accounts.clock.advance(Duration.ofSeconds(1));
        String revoked = running.token(alice, "read");

        ApiResponse list = client.get("/api/v1/me/tokens").bearer(kept).send();
        assertThat(list.at("items", 0, "scope")).isEqualTo("read");
        assertThat(list.at("items", 0, "client_id")).isEqualTo("uploader");
        assertThat(list.at("items", 0, "client_name")).isEqualTo("Client uploader");
        assertThat(list.body()).doesNotContain(kept, revoked);
        String id = list.text("items", 0, "id");

        assertThat(client.delete("/api/v1/me/tokens/" + id).bearer(kept).send().status())
                .isEqualTo(204);
        assertProblem(client.get("/api/v1/me").bearer(revoked).send(), 401, "invalid_token");
        assertThat((List<?>) client.get("/api/v1/me/tokens").bearer(kept).send().at("items"))
                .hasSize(1);
    }

    @Test
    void aUserCanRevokeTheTokenTheyAreUsing() {
        String token = running.token(running.user("alice"));
        String id = client.get("/api/v1/me/tokens").bearer(token).send().text("items", 0, "id");

        assertThat(client.delete("/api/v1/me/tokens/" + id).bearer(token).send().status())
                .isEqualTo(204);
        assertProblem(client.get("/api/v1/me").bearer(token).send(), 401, "invalid_token");
    }

    @Test
    void anotherUsersTokenOrAMalformedIdIsNotFound() {
        String bobs = running.token(running.user("bob"));
        String bobsId = client.get("/api/v1/me/tokens").bearer(bobs).send().text("items", 0, "id");
        String alices = running.token(running.user("alice"));

        assertProblem(
                client.delete("/api/v1/me/tokens/" + bobsId).bearer(alices).send(), 404, "not_found");
        assertProblem(
                client.delete("/api/v1/me/tokens/not-a-uuid").bearer(alices).send(), 404, "not_found");
        assertThat(client.get("/api/v1/me").bearer(bobs).send().status()).isEqualTo(200);
    }
}
