package org.mtp.application.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;

class TimeTextsTest {

    @Test
    void periodsAreAllTimeAYearAMonthOrADateRangeWithBothDaysIncluded() {
        assertThat(TimeTexts.period(null, null, null)).isEqualTo(CapturePeriod.allTime());
        assertThat(TimeTexts.period("all", null, null)).isEqualTo(CapturePeriod.allTime());
        assertThat(TimeTexts.period("2024", null, null).range().orElseThrow().from())
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(TimeTexts.period("2024-02", null, null).range().orElseThrow().to())
                .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        TimeRange range =
                TimeTexts.period(null, "2024-02-03", "2024-02-03").range().orElseThrow();
        assertThat(range.from()).isEqualTo(Instant.parse("2024-02-03T00:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2024-02-04T00:00:00Z"));
        assertThat(TimeTexts.period(null, null, "2024-02-03")
                        .range()
                        .orElseThrow()
                        .from())
                .isEqualTo(TimeTexts.OPEN_START);
    }

    @Test
    void badTextsFailNamingTheirFieldWithTheReasonApart() {
        assertThatThrownBy(() -> TimeTexts.period("24", null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("period");
                    assertThat(e.reason()).isEqualTo("must be all, YYYY or YYYY-MM");
                });
        assertThatThrownBy(() -> TimeTexts.period(null, "2024-02-30", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.reason()).isEqualTo("is not a calendar date: 2024-02-30");
                });
        assertThatThrownBy(() -> TimeTexts.period(null, "2024-02-03", "2024-02-01"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> TimeTexts.period("2024", "2024-02-03", null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("period"));
    }
}
