package org.mtp.adapter.mapillary.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error classification: Graph error code first, then the upload service's type, then the HTTP status. */
class ErrorClassifierTest {

    private final ErrorClassifier classifier = new ErrorClassifier(
            new Moshi.Builder().build(), Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "401 | {\"error\":{\"type\":\"OAuthException\",\"code\":190}}                 | INVALID_TOKEN",
                "500 | {\"error\":{\"type\":\"MLYApiException\",\"code\":190}}                | INVALID_TOKEN",
                "400 | {\"error\":{\"code\":100,\"error_subcode\":33}}                        | NOT_FOUND",
                "403 | {\"error\":{\"code\":4,\"is_transient\":true}}                         | RATE_LIMITED",
                "400 | {\"error\":{\"code\":4}}                                               | RATE_LIMITED",
                "400 | {\"error\":{\"code\":2,\"is_transient\":true}}                         | SERVER_ERROR",
                "400 | {\"error\":{\"code\":12}}                                              | REJECTED",
                "412 | {\"debug_info\":{\"type\":\"OffsetInvalidError\",\"retriable\":true}} | OFFSET_INVALID",
                "400 | {\"debug_info\":{\"type\":\"NotAuthorizedError\"}}                     | INVALID_TOKEN",
                "400 | {\"backoff\":500,\"debug_info\":{\"type\":\"RequestRateLimitedError\"}} | RATE_LIMITED",
                "401 | {\"message\":\"Unauthorized\"}                                         | INVALID_TOKEN",
                "403 | {\"message\":\"Forbidden\"}                                            | NOT_FOUND",
                "404 | {\"message\":\"Not found\"}                                            | NOT_FOUND",
                "504 | {\"message\":\"Internal server error. Try later\"}                     | SERVER_ERROR",
                "429 | ''                                                                     | RATE_LIMITED",
                "502 | <html>bad gateway</html>                                               | SERVER_ERROR",
                "400 | {\"error\":\"not an object\"}                                          | REJECTED",
                "418 | ''                                                                     | REJECTED"
            })
    void classifies(int status, String body, Failure.Kind expected) {
        assertThat(classifier.classify(status, Headers.of(), body).kind()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"backoff\":1500,\"debug_info\":{\"type\":\"RequestRateLimitedError\"}} | ''  | 1500",
                "{\"debug_info\":{\"type\":\"RequestRateLimitedError\"}}                 | 3   | 3000",
                "{\"debug_info\":{\"type\":\"RequestRateLimitedError\"}}                 | ''  | 10000"
            })
    void theUploadRateLimitWaits_backoffThenRetryAfterThenTenSeconds(String body, String retryAfter, long millis) {
        Headers headers = retryAfter.isEmpty() ? Headers.of() : Headers.of("Retry-After", retryAfter);

        assertThat(classifier.classify(429, headers, body).retryAfter()).isEqualTo(Duration.ofMillis(millis));
    }
}
