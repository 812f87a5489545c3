package org.mtp.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Assertions on the API's error answers, shared by the adapter's HTTP tests and bootstrap's end-to-end tests. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    /**
     * The response is a problem+json body with this status and code, {@code error} repeating {@code detail}, no trace
     * of a stack, and on 401 a Bearer challenge.
     */
    public static ApiResponse assertProblem(ApiResponse response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Map<String, Object> body = response.json();
        assertThat(body).containsKeys("type", "title", "status", "detail", "code", "errors", "error");
        assertThat(body.get("status")).isEqualTo((double) status);
        assertThat(body.get("code")).isEqualTo(code);
        assertThat(body.get("error")).isEqualTo(body.get("detail"));
        assertThat(body.get("type")).isEqualTo("urn:mtp:problem:" + code);
        assertNoStackTrace(response);
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        }
        return response;
    }

    /** As {@link #assertProblem}, and {@code errors} names exactly these fields. */
    public static ApiResponse assertFieldProblem(ApiResponse response, int status, String code, String... fields) {
        assertProblem(response, status, code);
        Map<?, ?> errors = (Map<?, ?>) response.at("errors");
        assertThat(errors.keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder(fields);
        return response;
    }

    /** An RFC 6749 error body with this status and {@code error} code. */
    public static ApiResponse assertOAuthError(ApiResponse response, int status, String error) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.at("error")).isEqualTo(error);
        assertThat(response.at("error_description")).isInstanceOf(String.class);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertNoStackTrace(response);
        return response;
    }

    public static void assertNoStackTrace(ApiResponse response) {
        for (String trace : List.of("\tat ", "at org.", "at io.", "Exception:", ".java:")) {
            assertThat(response.body()).doesNotContain(trace);
        }
    }
}
