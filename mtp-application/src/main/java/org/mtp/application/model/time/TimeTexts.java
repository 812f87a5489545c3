package org.mtp.application.model.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;

/**
 * Dates, instants and capture periods as people and clients type them, shared by the REST API's query parameters and
 * the web app's filter forms so both read them alike. A date is {@code YYYY-MM-DD} (a whole UTC day); an instant is
 * ISO-8601 with a zone, never a local time, which would be ambiguous. Used as the end of a window, a date means the end
 * of that UTC day, so both dates of a range are included. Anything else is a {@link ValidationException} naming the
 * field. A null text is an absent one.
 */
public final class TimeTexts {

    /** The start of a window given without one: before any photo mtp can hold. */
    public static final Instant OPEN_START = Instant.parse("1900-01-01T00:00:00Z");
    /** The end of a window given without one. */
    public static final Instant OPEN_END = Instant.parse("9999-12-31T23:59:59.999Z");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private TimeTexts() {}

    /** A date {@code YYYY-MM-DD}. */
    public static LocalDate date(String field, String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw new ValidationException(field, "is not a calendar date: " + text);
            }
        }
        throw new ValidationException(field, "must be a date YYYY-MM-DD");
    }

    /** An instant, or a date meaning the start of that UTC day. */
    public static Instant start(String field, String text) {
        return isDate(text) ? TimeRange.startOfDay(date(field, text)) : instant(field, text);
    }

    /** An instant, or a date meaning the end of that UTC day (the next midnight, since windows are half-open). */
    public static Instant end(String field, String text) {
        return isDate(text) ? TimeRange.startOfDay(date(field, text).plusDays(1)) : instant(field, text);
    }

    /** An ISO-8601 instant with a zone offset. */
    public static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeException e) {
            throw new ValidationException(
                    field,
                    "must be a date YYYY-MM-DD or an ISO-8601 instant with a zone, " + "e.g. 2025-06-01T08:00:00Z");
        }
    }

    /**
     * The window {@code [from, to)} of two optional texts (instants or dates, a date {@code to} included); empty when
     * neither came, open-ended on the side that did not.
     */
    public static Optional<TimeRange> range(String fromField, String from, String toField, String to) {
        boolean hasFrom = present(from);
        boolean hasTo = present(to);
        if (!hasFrom && !hasTo) {
            return Optional.empty();
        }
        Instant start = hasFrom ? start(fromField, from) : OPEN_START;
        Instant end = hasTo ? end(toField, to) : OPEN_END;
        return Optional.of(window(toField, start, end));
    }

    /** {@code [start, end)}; an end not after the start fails naming {@code endField}. */
    public static TimeRange window(String endField, Instant start, Instant end) {
        try {
            return TimeRange.of(start, end);
        } catch (ValidationException e) {
            throw new ValidationException(endField, "must be after the start");
        }
    }

    /**
     * A capture period: {@code period} = {@code all} (the default), {@code YYYY} or {@code YYYY-MM} (UTC), or a custom
     * window from {@code from}/{@code to}; a period and a window together fail naming {@code period}.
     */
    public static CapturePeriod period(String period, String from, String to) {
        Optional<TimeRange> window = range("from", from, "to", to);
        if (present(period) && window.isPresent()) {
            throw new ValidationException("period", "give a period or from/to, not both");
        }
        if (window.isPresent()) {
            return CapturePeriod.custom(window.get());
        }
        return present(period) ? namedPeriod(period) : CapturePeriod.allTime();
    }

    private static CapturePeriod namedPeriod(String text) {
        try {
            if (text.equals("all")) {
                return CapturePeriod.allTime();
            }
            if (YEAR.matcher(text).matches()) {
                return CapturePeriod.year(Year.parse(text).getValue());
            }
            if (MONTH.matcher(text).matches()) {
                return CapturePeriod.month(YearMonth.parse(text));
            }
        } catch (DateTimeException | ValidationException e) {
            throw new ValidationException("period", "is not a year or month: " + text);
        }
        throw new ValidationException("period", "must be all, YYYY or YYYY-MM");
    }

    private static boolean present(String text) {
        return text != null;
    }

    private static boolean isDate(String text) {
        return DATE.matcher(text).matches();
    }
}
