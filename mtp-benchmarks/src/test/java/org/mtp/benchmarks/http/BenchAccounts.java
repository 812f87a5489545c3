package org.mtp.benchmarks.http;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.http.testing.OpenApiContract;

/**
 * Load benchmark: the people who like sequences during the write scenario, signed up and in through the running service
 * as the desktop uploader does (sign-up, then the implicit grant on the authorization page), before any timing starts.
 * Their names carry the run's stamp, so runs on the same kept data set never collide.
 */
final class BenchAccounts {

    static final String CLIENT_ID = "mtp-load-benchmark";
    static final String REDIRECT_URI = "app.mtp.desktop://app";
    static final String PASSWORD = "load benchmark password";

    private final ApiClient api;

    BenchAccounts(int port) {
        this.api = new ApiClient("http://127.0.0.1:" + port, OpenApiContract.ofServedDocument());
    }

    /** Signs {@code count} new people up and in; returns their access tokens. */
    List<String> tokens(int count, String stamp) {
        List<String> tokens = new ArrayList<>();
        for (String username : usernames(count, stamp)) {
            tokens.add(signUpAndIn(username));
        }
        return tokens;
    }

    /** The usernames {@link #tokens} gives the {@code count} people of the run {@code stamp}. */
    List<String> usernames(int count, String stamp) {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            usernames.add("load_" + stamp + "_" + i);
        }
        return usernames;
    }

    private String signUpAndIn(String username) {
        ApiResponse signUp = api.post("/api/v1/users?client_id=" + CLIENT_ID)
                .form(ApiClient.form("username", username, "email", username + "@example.org", "password", PASSWORD))
                .send();
        if (signUp.status() != 201) {
            throw new IllegalStateException("sign-up of " + username + ": " + signUp.status() + " " + signUp.body());
        }
        AuthorizeFlow flow = new AuthorizeFlow(api);
        ApiResponse approved =
                flow.approve(flow.open("client_id=" + CLIENT_ID + "&response_type=token"), username, PASSWORD);
        String location = approved.header("Location")
                .orElseThrow(() -> new IllegalStateException("sign-in of " + username + ": " + approved.status()));
        return AuthorizeFlow.redirectParameters(location, '#').get("access_token");
    }
}
