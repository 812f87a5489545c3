package org.mtp.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.mtp.domain.common.Require;

/** Which capture times a leaderboard or search looks at: all time, a UTC year, a UTC month, or a custom range. */
public sealed interface CapturePeriod {

    /** The range covered, or empty for all time. */
    Optional<TimeRange> range();

    /** All time includes everything, even a sequence whose capture time Mapillary did not give. */
    default boolean contains(Instant capturedAt) {
        return range().map(r -> r.contains(capturedAt)).orElse(true);
    }

    static CapturePeriod allTime() {
        return AllTime.INSTANCE;
    }

    static CapturePeriod year(int year) {
        return new InYear(Year.of(Require.inRange("period", year, 1, 9998)));
    }

    static CapturePeriod month(YearMonth month) {
        return new InMonth(Require.notNull("period", month));
    }

    static CapturePeriod custom(TimeRange range) {
        return new Custom(Require.notNull("period", range));
    }

    /** Every capture time. */
    enum AllTime implements CapturePeriod {
        INSTANCE;

        @Override
        public Optional<TimeRange> range() {
            return Optional.empty();
        }
    }

    /** One calendar year in UTC. */
    record InYear(Year year) implements CapturePeriod {
        @Override
        public Optional<TimeRange> range() {
            LocalDate first = year.atDay(1);
            return Optional.of(new TimeRange(TimeRange.startOfDay(first), TimeRange.startOfDay(first.plusYears(1))));
        }
    }

    /** One calendar month in UTC. */
    record InMonth(YearMonth month) implements CapturePeriod {
        @Override
        public Optional<TimeRange> range() {
            LocalDate first = month.atDay(1);
            return Optional.of(new TimeRange(TimeRange.startOfDay(first), TimeRange.startOfDay(first.plusMonths(1))));
        }
    }

    /** Any half-open range. */
    record Custom(TimeRange timeRange) implements CapturePeriod {
        @Override
        public Optional<TimeRange> range() {
            return Optional.of(timeRange);
        }
    }
}
