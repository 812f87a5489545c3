package org.mtp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mtp.domain.common.ValidationException;

/** Tests: Ranges of instants are half-open [from, to); ranges of dates include the whole end day. */
class TimeRangeTest {

    private static final Instant FROM = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-03-02T00:00:00Z");
    private final TimeRange range = TimeRange.of(FROM, TO);

    @Test
    void fromIsIncluded() {
        assertThat(range.contains(FROM)).isTrue();
    }

    @Test
    void theMillisecondBeforeFromIsExcluded() {
        assertThat(range.contains(FROM.minusMillis(1))).isFalse();
    }

    @Test
    void toIsExcluded() {
        assertThat(range.contains(TO)).isFalse();
    }

    @Test
    void theLastMillisecondBeforeToIsIncluded() {
        assertThat(range.contains(TO.minusMillis(1))).isTrue();
    }

    @Test
    void nullIsNeverContained() {
        assertThat(range.contains(null)).isFalse();
    }

    @Test
    void toMustBeAfterFrom() {
        assertThatThrownBy(() -> TimeRange.of(FROM, FROM))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'to' must be after 'from'")
                .extracting("field")
                .isEqualTo("to");
        assertThatThrownBy(() -> TimeRange.of(TO, FROM)).isInstanceOf(ValidationException.class);
    }

    @Test
    void oneMillisecondIsTheShortestRange() {
        TimeRange shortest = TimeRange.of(FROM, FROM.plusMillis(1));

        assertThat(shortest.contains(FROM)).isTrue();
        assertThat(shortest.contains(FROM.plusMillis(1))).isFalse();
    }

    @Test
    void endsAreTruncatedToTheMillisecondBeforeTheyAreCompared() {
        TimeRange truncated = new TimeRange(FROM.plusNanos(999_999), TO.plusNanos(1));

        assertThat(truncated.from()).isEqualTo(FROM);
        assertThat(truncated.to()).isEqualTo(TO);
        assertThatThrownBy(() -> TimeRange.of(FROM, FROM.plusNanos(500_000))).isInstanceOf(ValidationException.class);
    }

    @Test
    void missingEndsAreRejectedByName() {
        assertThatThrownBy(() -> TimeRange.of(null, TO)).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> TimeRange.of(FROM, null)).extracting("field").isEqualTo("to");
    }

    @Test
    void datesIncludeTheWholeEndDay() {
        TimeRange march = TimeRange.ofDates(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

        assertThat(march.from()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(march.to()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(march.contains(Instant.parse("2024-03-31T23:59:59.999Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2024-04-01T00:00:00Z"))).isFalse();
        assertThat(march.contains(Instant.parse("2024-02-29T23:59:59.999Z"))).isFalse();
    }

    @Test
    void aSingleDateIsOneWholeUtcDay() {
        TimeRange day = TimeRange.ofDates(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));

        assertThat(day).isEqualTo(TimeRange.of(FROM, TO));
    }

    @Test
    void anEndDateBeforeTheStartDateIsRejected() {
        assertThatThrownBy(() -> TimeRange.ofDates(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'to' must not be before 'from'");
    }

    @Test
    void missingDatesAreRejectedByName() {
        assertThatThrownBy(() -> TimeRange.ofDates(null, LocalDate.of(2024, 3, 1)))
                .extracting("field")
                .isEqualTo("from");
        assertThatThrownBy(() -> TimeRange.ofDates(LocalDate.of(2024, 3, 1), null))
                .extracting("field")
                .isEqualTo("to");
    }

    @Test
    void startOfDayIsMidnightUtc() {
        assertThat(TimeRange.startOfDay(LocalDate.of(2024, 12, 31))).isEqualTo(Instant.parse("2024-12-31T00:00:00Z"));
    }

    @Test
    void midpointIsRoundedDownToTheMillisecond() {
        assertThat(TimeRange.of(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(1003))
                        .midpoint())
                .isEqualTo(Instant.ofEpochMilli(1001));
        assertThat(TimeRange.of(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000))
                        .midpoint())
                .isEqualTo(Instant.ofEpochMilli(1500));
    }
}
