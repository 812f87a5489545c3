package org.mtp.adapter.mapillary.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exponential backoff, capped, with half of each wait fixed and half drawn from the jitter source. */
class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(60));

    @ParameterizedTest
    @CsvSource({
        "1, 1.0, 500",
        "2, 1.0, 1000",
        "3, 1.0, 2000",
        "4, 1.0, 4000",
        "5, 1.0, 4000",
        "40, 1.0, 4000",
        "1, 0.0, 250",
        "3, 0.0, 1000",
        "3, 0.5, 1500"
    })
    void waits(int failedAttempt, double jitter, long expectedMillis) {
        assertThat(policy.backoff(failedAttempt, () -> jitter)).isEqualTo(Duration.ofMillis(expectedMillis));
    }

    @ParameterizedTest
    @CsvSource({"-1.0, 250", "7.0, 500"})
    void aJitterSourceOutOfRangeIsClamped(double jitter, long expectedMillis) {
        assertThat(policy.backoff(1, () -> jitter)).isEqualTo(Duration.ofMillis(expectedMillis));
    }
}
