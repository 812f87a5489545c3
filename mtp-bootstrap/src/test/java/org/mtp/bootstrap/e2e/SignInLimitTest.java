package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;

/**
 * Failed sign-ins are counted in the database, so two nodes on one PostgreSQL database share one limit: failures on
 * either node add up, and the node that sees the limit crossed answers 429 without checking the password.
 */
class SignInLimitTest {

    @TempDir
    Path data;

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService first;
    private RunningService second;

    @AfterEach
    void stop() {
        for (RunningService node : new RunningService[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        mapillary.close();
    }

    @Test
    void failuresOnTwoNodesAddUpToOneLimit() {
        Map<String, String> settings = RunningService.postgresSettings(data, mapillary);
        settings.put("MTP_SIGN_IN_ACCOUNT_LIMIT", "3");
        first = RunningService.on(settings);
        second = RunningService.on(settings);
        Accounts.withUploader(first).signUpAndSignIn("alice");
        String query = "client_id=" + Accounts.UPLOADER + "&response_type=token";
        AuthorizeFlow onFirst = new AuthorizeFlow(first.client());
        AuthorizeFlow onSecond = new AuthorizeFlow(second.client());

        assertThat(onFirst.approve(onFirst.open(query), "alice", "wrong password 1")
                        .status())
                .isEqualTo(401);
        assertThat(onFirst.approve(onFirst.open(query), "alice", "wrong password 2")
                        .status())
                .isEqualTo(401);
        assertThat(onSecond.approve(onSecond.open(query), "alice", "wrong password 3")
                        .status())
                .isEqualTo(401);
        ApiResponse refused = onSecond.approve(onSecond.open(query), "alice", Accounts.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(onFirst.approve(onFirst.open(query), "alice", Accounts.PASSWORD)
                        .status())
                .isEqualTo(429);
    }
}
