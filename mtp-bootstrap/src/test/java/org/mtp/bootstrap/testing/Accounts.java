package org.mtp.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;

/**
 * Test helper: registers the desktop uploader on a running service and signs people up and in with its implicit grant,
 * as the uploader does, handing back their access tokens.
 */
public final class Accounts {

    public static final String UPLOADER = "98fgjsjduf89388";
    public static final String PASSWORD = "correct horse";

    private final ApiClient api;

    private Accounts(ApiClient api) {
        this.api = api;
    }

    /** Registers the uploader client through the admin command, then signs people up through {@code api}. */
    public static Accounts withUploader(RunningService mtp) {
        String clientId = mtp.command(
                        "client",
                        "create",
                        "--name",
                        "Desktop uploader",
                        "--redirect-uri",
                        "app.mtp.desktop://app",
                        "--client-id",
                        UPLOADER)
                .value("client_id");
        assertThat(clientId).isEqualTo(UPLOADER);
        return new Accounts(mtp.client());
    }

    /** Signs people up through a service whose uploader client is already registered. */
    public static Accounts withoutRegistering(RunningService mtp) {
        return new Accounts(mtp.client());
    }

    /** Signs people up through {@code api}, on a service whose uploader client is already registered. */
    public static Accounts on(ApiClient api) {
        return new Accounts(api);
    }

    /** Signs {@code username} up and in; returns the access token of the implicit grant. */
    public String signUpAndSignIn(String username) {
        api.post("/api/v1/users?client_id=" + UPLOADER)
                .form(ApiClient.form("username", username, "email", username + "@example.org", "password", PASSWORD))
                .send(r -> assertThat(r.status())
                        .as("sign-up of %s: %s", username, r.body())
                        .isEqualTo(201));
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse approved =
                flow.approve(flow.open("client_id=" + UPLOADER + "&response_type=token"), username, PASSWORD);
        assertThat(approved.status()).as("sign-in of %s", username).isEqualTo(302);
        String location = approved.header("Location").orElseThrow();
        return AuthorizeFlow.redirectParameters(location, '#').get("access_token");
    }
}
