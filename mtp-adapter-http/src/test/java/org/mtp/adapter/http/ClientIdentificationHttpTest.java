package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.domain.user.User;

/** Client identification, bearer tokens and scopes, over real HTTP. */
class ClientIdentificationHttpTest {

    private static final String CATALOGUE = "/api/v1/transport-types";
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final User alice = running.user("alice");

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aRouteThatNeedsAClientRefusesARequestWithNeitherClientIdNorToken() {
        ApiResponse response = assertProblem(client.get(CATALOGUE).send(), 401, "invalid_client");

        assertThat(response.header("WWW-Authenticate")).contains("Bearer realm=\"mtp\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody", "Uploader", "has%20space"})
    void anUnknownOrMalformedClientIdIsRefused(String clientId) {
        assertProblem(client.get(CATALOGUE + "?client_id=" + clientId).send(), 401, "invalid_client");
    }

    @Test
    void aKnownClientIdOrAValidTokenIdentifiesTheClient() {
        assertThat(client.get(CATALOGUE + "?client_id=uploader").send().status())
                .isEqualTo(200);
        assertThat(client.get(CATALOGUE).bearer(running.token(alice)).send().status())
                .isEqualTo(200);
        assertThat(client.get(CATALOGUE + "?client_id=uploader")
                        .bearer(running.token(alice))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aClientIdThatIsNotTheTokensClientIsRefused() {
        ApiResponse response = client.get("/api/v1/me?client_id=web")
                .bearer(running.token(alice))
                .send();

        assertProblem(response, 401, "invalid_client");
        assertThat(response.text("detail")).contains("not the client the access token was issued to");
    }

    @Test
    void theCatalogueListsEachParentWithItsChildren() {
        ApiResponse response = client.get(CATALOGUE + "?client_id=uploader").send();

        assertThat(response.at("items", 0, "name")).isEqualTo("Earth");
        assertThat(response.at("items", 0, "children", 0, "name")).isEqualTo("Bicycle");
        assertThat((List<?>) response.at("items")).hasSize(5);
        assertThat(response.at("items", 3, "name")).isEqualTo("Air");
        assertThat(response.at("next")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer not-a-token-we-issued-0000", "Bearer", "Bearer short", "bearer \u0001\u0002"})
    void anUnknownOrMalformedBearerTokenIs401InvalidToken(String authorization) {
        ApiResponse response = client.get(CATALOGUE + "?client_id=uploader")
                .header("Authorization", authorization.replace("\u0001\u0002", "x y"))
                .send();

        assertProblem(response, 401, "invalid_token");
        assertThat(response.header("WWW-Authenticate")).contains("Bearer realm=\"mtp\", error=\"invalid_token\"");
    }

    @Test
    void aSignedInRouteWithOnlyAClientIdIs401() {
        assertProblem(client.get("/api/v1/me?client_id=uploader").send(), 401, "unauthorized");
    }

    @Test
    void aReadOnlyTokenCannotWrite() {
        String readOnly = running.token(alice, "read");

        assertThat(client.get("/api/v1/me").bearer(readOnly).send().status()).isEqualTo(200);
        ApiResponse response = client.post("/api/v1/clients")
                .bearer(readOnly)
                .json("{\"name\":\"x\",\"redirect_uris\":[\"https://x.example.org/cb\"],\"type\":\"public\"}")
                .send();
        assertProblem(response, 403, "insufficient_scope");
        assertThat(response.header("WWW-Authenticate"))
                .contains("Bearer realm=\"mtp\", error=\"insufficient_scope\", scope=\"write\"");
        assertThat(running.accounts.clients.count()).isEqualTo(2);
    }

    @Test
    void aWriteOnlyTokenCannotRead() {
        assertProblem(
                client.get("/api/v1/me").bearer(running.token(alice, "write")).send(), 403, "insufficient_scope");
    }

    @Test
    void exemptRoutesNeedNoClient() {
        assertThat(client.get("/health/live").send().status()).isEqualTo(200);
        assertThat(client.get("/api/v1/openapi.json").send().status()).isEqualTo(200);
        assertThat(client.get("/exchange_token?code=1").send().status()).isEqualTo(302);
    }

    @Test
    void meAnswersTheTokensUser() {
        ApiResponse response =
                client.get("/api/v1/me").bearer(running.token(alice)).send();

        assertThat(response.at("id")).isEqualTo(alice.id().toString());
        assertThat(response.at("username")).isEqualTo("alice");
        assertThat(response.at("email")).isEqualTo("alice@example.org");
    }
}
