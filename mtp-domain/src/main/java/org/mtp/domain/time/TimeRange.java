package org.mtp.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A half-open UTC interval {@code [from, to)}. Built from dates, it runs from the start of {@code from}'s day to the
 * end of {@code to}'s day, so both dates are included.
 */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        Require.notNull("from", from);
        Require.notNull("to", to);
        from = Timestamps.normalize(from);
        to = Timestamps.normalize(to);
        if (!to.isAfter(from)) {
            throw new ValidationException("to", "must be after 'from'");
        }
    }

    public static TimeRange of(Instant from, Instant to) {
        return new TimeRange(from, to);
    }

    /** Both dates inclusive, as whole UTC days. */
    public static TimeRange ofDates(LocalDate from, LocalDate to) {
        Require.notNull("from", from);
        Require.notNull("to", to);
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before 'from'");
        }
        return new TimeRange(startOfDay(from), startOfDay(to.plusDays(1)));
    }

    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(from) && instant.isBefore(to);
    }

    /** The middle of the range (rounded down to the millisecond), used to split a range in halves. */
    public Instant midpoint() {
        return Instant.ofEpochMilli(from.toEpochMilli() + (to.toEpochMilli() - from.toEpochMilli()) / 2);
    }
}
