package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.challenge.TestChallenges.END;
import static org.mtp.domain.challenge.TestChallenges.START;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.time.TimeRange;

class ChallengeStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024-05-31T23:59:59.999Z, UPCOMING",
        "2000-01-01T00:00:00Z, UPCOMING",
        "2024-06-01T00:00:00Z, ACTIVE",
        "2024-06-15T12:00:00Z, ACTIVE",
        "2024-06-30T23:59:59.999Z, ACTIVE",
        "2024-06-30T23:59:59.999999999Z, ACTIVE",
        "2024-07-01T00:00:00Z, COMPLETED",
        "2030-01-01T00:00:00Z, COMPLETED",
    })
    void followsTheHalfOpenWindow(String now, ChallengeStatus expected) {
        assertThat(ChallengeStatus.of(TimeRange.of(START, END), Instant.parse(now)))
                .isEqualTo(expected);
        assertThat(TestChallenges.challenge().status(Instant.parse(now))).isEqualTo(expected);
    }

    @Test
    void aWindowOfDatesIsActiveThroughTheWholeLastDay() {
        TimeRange june = TimeRange.ofDates(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30"));
        assertThat(ChallengeStatus.of(june, Instant.parse("2024-06-30T23:59:59.999Z")))
                .isEqualTo(ChallengeStatus.ACTIVE);
        assertThat(ChallengeStatus.of(june, Instant.parse("2024-07-01T00:00:00Z")))
                .isEqualTo(ChallengeStatus.COMPLETED);
    }

    @Test
    void needsAWindowAndAnInstant() {
        assertThatThrownBy(() -> ChallengeStatus.of(null, START)).hasMessage("'window' must not be null");
        assertThatThrownBy(() -> ChallengeStatus.of(TimeRange.of(START, END), null))
                .hasMessage("'now' must not be null");
    }
}
