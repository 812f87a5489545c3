package org.mtp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Capture periods: all time, a UTC year, a UTC month, or a custom range. */
class CapturePeriodTest {

    @Test
    void allTimeHasNoRangeAndContainsEveryInstant() {
        CapturePeriod all = CapturePeriod.allTime();

        assertThat(all.range()).isEmpty();
        assertThat(all.contains(Instant.EPOCH)).isTrue();
        assertThat(all.contains(Instant.parse("2999-12-31T23:59:59.999Z"))).isTrue();
    }

    @Test
    void onlyAllTimeContainsAnUnknownCaptureTime() {
        assertThat(CapturePeriod.allTime().contains(null)).isTrue();
        assertThat(CapturePeriod.year(2024).contains(null)).isFalse();
    }

    @Test
    void aYearIsTheUtcCalendarYear() {
        CapturePeriod year = CapturePeriod.year(2024);

        assertThat(year.range())
                .contains(TimeRange.of(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(year.contains(Instant.parse("2024-01-01T00:00:00Z"))).isTrue();
        assertThat(year.contains(Instant.parse("2024-12-31T23:59:59.999Z"))).isTrue();
        assertThat(year.contains(Instant.parse("2023-12-31T23:59:59.999Z"))).isFalse();
        assertThat(year.contains(Instant.parse("2025-01-01T00:00:00Z"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9998})
    void yearsAtTheEdgesOfTheCalendarAreAccepted(int year) {
        assertThat(CapturePeriod.year(year).range()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9999, -1})
    void yearsOutsideTheCalendarAreRejected(int year) {
        assertThatThrownBy(() -> CapturePeriod.year(year))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("period");
    }

    @Test
    void aMonthIsTheUtcCalendarMonth() {
        CapturePeriod february = CapturePeriod.month(YearMonth.of(2024, 2));

        assertThat(february.range())
                .contains(TimeRange.of(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z")));
        assertThat(february.contains(Instant.parse("2024-02-29T23:59:59.999Z"))).isTrue();
        assertThat(february.contains(Instant.parse("2024-03-01T00:00:00Z"))).isFalse();
        assertThat(february.contains(Instant.parse("2024-01-31T23:59:59.999Z"))).isFalse();
    }

    @Test
    void decemberEndsAtTheNextNewYear() {
        assertThat(CapturePeriod.month(YearMonth.of(2023, 12)).range())
                .contains(TimeRange.of(Instant.parse("2023-12-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")));
    }

    @Test
    void aCustomPeriodIsItsRange() {
        TimeRange range = TimeRange.of(Instant.parse("2024-06-01T10:00:00Z"), Instant.parse("2024-06-01T12:00:00Z"));
        CapturePeriod custom = CapturePeriod.custom(range);

        assertThat(custom.range()).contains(range);
        assertThat(custom.contains(range.from())).isTrue();
        assertThat(custom.contains(range.to())).isFalse();
    }

    @Test
    void missingMonthOrRangeIsRejected() {
        assertThatThrownBy(() -> CapturePeriod.month(null)).extracting("field").isEqualTo("period");
        assertThatThrownBy(() -> CapturePeriod.custom(null)).extracting("field").isEqualTo("period");
    }
}
