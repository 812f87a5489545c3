package org.mtp.adapter.http.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;

class TimeParamsTest {

    private static Params query(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return Params.ofStrings(fields);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-06-01,2024-06-01T00:00:00Z,2024-06-02T00:00:00Z",
        "2024-06-01T10:00:00+02:00,2024-06-01T08:00:00Z,2024-06-01T08:00:00Z",
        "2024-06-01T08:00:00.123Z,2024-06-01T08:00:00.123Z,2024-06-01T08:00:00.123Z"
    })
    void aDateStartsAtItsUtcMidnightAndEndsAtTheNextWhileAnInstantIsItself(String text, String start, String end) {
        assertThat(TimeParams.start("start", text)).isEqualTo(Instant.parse(start));
        assertThat(TimeParams.end("end", text)).isEqualTo(Instant.parse(end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2024-6-1", "20240601", "2024-06-01T10:00:00", "today", "+2024-06-01", ""})
    void anythingElseIsA400NamingTheField(String text) {
        assertThatThrownBy(() -> TimeParams.start("when", text))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors()).containsOnlyKeys("when"));
    }

    @Test
    void aRangeIncludesBothDatesAndAnOpenEndReachesFarAway() {
        assertThat(TimeParams.range(query("from", "2024-06-01", "to", "2024-06-30"), "from", "to"))
                .contains(TimeRange.ofDates(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
        assertThat(TimeParams.range(query("to", "2024-06-30"), "from", "to")
                        .orElseThrow()
                        .from())
                .isEqualTo(TimeParams.OPEN_START);
        assertThat(TimeParams.range(query("from", "2024-06-30"), "from", "to")
                        .orElseThrow()
                        .to())
                .isEqualTo(TimeParams.OPEN_END);
        assertThat(TimeParams.range(query(), "from", "to")).isEmpty();
    }

    @Test
    void periodsAreAllAYearAMonthOrAWindowButNotTwoAtOnce() {
        assertThat(TimeParams.period(query())).isEqualTo(CapturePeriod.allTime());
        assertThat(TimeParams.period(query("period", "all"))).isEqualTo(CapturePeriod.allTime());
        assertThat(TimeParams.period(query("period", "2024"))).isEqualTo(CapturePeriod.year(2024));
        assertThat(TimeParams.period(query("period", "2024-02"))).isEqualTo(CapturePeriod.month(YearMonth.of(2024, 2)));
        assertThat(TimeParams.period(query("from", "2024-02-01"))
                        .range()
                        .orElseThrow()
                        .from())
                .isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThatThrownBy(() -> TimeParams.period(query("period", "2024", "to", "2024-03-01")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors())
                                .isEqualTo(Map.of("period", List.of("give a period or from/to, not both"))));
    }
}
