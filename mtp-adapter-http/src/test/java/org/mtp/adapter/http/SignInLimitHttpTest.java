package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.http.testing.RunningApi;

/** The authorization page's sign-in under the failed sign-in limits: 429 with Retry-After, the password unchecked. */
class SignInLimitHttpTest {

    private final RunningApi running = RunningApi.start();
    private final AuthorizeFlow flow = new AuthorizeFlow(running.client);
    private final String password = RunningApi.passwordOf("alice");

    @BeforeEach
    void signUpAlice() {
        running.user("alice");
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void afterTheAccountsLimitTheRightPasswordGets429WithRetryAfterAndTheFormAgain() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token&state=s");
        for (int i = 0; i < running.accounts.signInLimits.perAccount(); i++) {
            assertThat(flow.approve(page, "alice", "not-her-password").status()).isEqualTo(401);
        }
        running.accounts.clock.advance(Duration.ofMinutes(5).plusMillis(1));

        ApiResponse refused = flow.approve(page, "alice", password);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).contains("600");
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body())
                .contains("Too many failed sign-ins. Try again in 10 minutes.")
                .contains("<form method=\"post\" action=\"/api/v1/authorize\">");
        assertThat(running.accounts.tokens.all()).isEmpty();

        running.accounts.clock.advance(Duration.ofMinutes(10));
        AuthorizeFlow.Page later = flow.open("client_id=uploader&response_type=token&state=s");
        assertThat(flow.approve(later, "alice", password).status()).isEqualTo(302);
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerDoesNotEscapeTheAddressLimit() {
        AuthorizeFlow.Page page = flow.open("client_id=uploader&response_type=token");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= running.accounts.signInLimits.perAddress(); i++) {
            statuses.add(approveFrom(page, "nobody-" + i, "198.51.100." + i).status());
        }

        ApiResponse refused = approveFrom(page, "alice", "203.0.113.99");

        assertThat(statuses).containsOnly(401);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).contains("900");
    }

    private ApiResponse approveFrom(AuthorizeFlow.Page page, String login, String forwardedFor) {
        return running.client
                .post("/api/v1/authorize")
                .accept("text/html")
                .header("Cookie", "mtp_authorize=" + page.cookie())
                .header("X-Forwarded-For", forwardedFor)
                .form(formOf(page, login))
                .send();
    }

    private String formOf(AuthorizeFlow.Page page, String login) {
        List<String> fields = new ArrayList<>();
        page.hiddenFields().forEach((name, value) -> {
            fields.add(name);
            fields.add(value);
        });
        fields.addAll(List.of("username", login, "password", "a-wrong-password", "approve", "true"));
        return ApiClient.form(fields.toArray(String[]::new));
    }
}
