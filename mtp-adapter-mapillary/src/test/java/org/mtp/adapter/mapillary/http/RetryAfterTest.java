package org.mtp.adapter.mapillary.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry-After as delay-seconds or as an HTTP date, measured from the injected clock. */
class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreADuration() {
        assertThat(RetryAfter.parse("120", CLOCK)).hasValue(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 0 ", CLOCK)).hasValue(Duration.ZERO);
    }

    @Test
    void anHttpDateIsTheTimeUntilThen_andNeverNegative() {
        assertThat(RetryAfter.parse("Mon, 01 Jan 2024 00:00:30 GMT", CLOCK)).hasValue(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 31 Dec 2023 23:00:00 GMT", CLOCK)).hasValue(Duration.ZERO);
    }

    @Test
    void anAbsurdlyLargeNumber_isStillAWait() {
        assertThat(RetryAfter.parse("99999999999999999999999", CLOCK))
                .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "-5", "1.5", "2024-01-01T00:00:30Z"})
    void anythingElseIsNoHint(String header) {
        assertThat(RetryAfter.parse(header, CLOCK)).isEmpty();
    }
}
