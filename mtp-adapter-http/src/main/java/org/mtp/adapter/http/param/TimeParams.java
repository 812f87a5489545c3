package org.mtp.adapter.http.param;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;

/**
 * Dates and instants on the wire. A date is {@code YYYY-MM-DD} (a whole UTC day); an instant is ISO-8601 with a zone
 * ({@code 2025-06-01T08:00:00Z} or {@code +02:00}), never a local time, which would be ambiguous. Used as the end of a
 * window, a date means the end of that UTC day, so both dates of a range are included. Anything else is a 400 naming
 * the field.
 */
public final class TimeParams {

    /** The start of a window given without one: before any photo mtp can hold. */
    public static final Instant OPEN_START = Instant.parse("1900-01-01T00:00:00Z");
    /** The end of a window given without one. */
    public static final Instant OPEN_END = Instant.parse("9999-12-31T23:59:59.999Z");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private TimeParams() {}

    /** A date {@code YYYY-MM-DD}. */
    public static LocalDate date(String field, String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw ApiException.invalidField(field, "is not a calendar date: " + text);
            }
        }
        throw ApiException.invalidField(field, "must be a date YYYY-MM-DD");
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
            throw ApiException.invalidField(
                    field,
                    "must be a date YYYY-MM-DD or an ISO-8601 instant with a zone, " + "e.g. 2025-06-01T08:00:00Z");
        }
    }

    /**
     * The window {@code [from, to)} of two optional parameters (instants or dates, a date {@code to} included); empty
     * when neither came, open-ended on the side that did not.
     */
    public static Optional<TimeRange> range(Params params, String fromField, String toField) {
        Optional<String> from = params.string(fromField);
        Optional<String> to = params.string(toField);
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        Instant start = from.map(text -> start(fromField, text)).orElse(OPEN_START);
        Instant end = to.map(text -> end(toField, text)).orElse(OPEN_END);
        return Optional.of(window(toField, start, end));
    }

    /** {@code [start, end)}; an end not after the start is a 400 naming {@code endField}. */
    public static TimeRange window(String endField, Instant start, Instant end) {
        try {
            return TimeRange.of(start, end);
        } catch (ValidationException e) {
            throw ApiException.invalidField(endField, "must be after the start");
        }
    }

    /**
     * A capture period: {@code period} = {@code all} (the default), {@code YYYY} or {@code YYYY-MM} (UTC), or a custom
     * window from {@code from}/{@code to}; a period and a window together are a 400.
     */
    public static CapturePeriod period(Params params) {
        Optional<String> period = params.string("period");
        Optional<TimeRange> window = range(params, "from", "to");
        if (period.isPresent() && window.isPresent()) {
            throw ApiException.invalidField("period", "give a period or from/to, not both");
        }
        if (window.isPresent()) {
            return CapturePeriod.custom(window.get());
        }
        return period.map(TimeParams::namedPeriod).orElse(CapturePeriod.allTime());
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
            throw ApiException.invalidField("period", "is not a year or month: " + text);
        }
        throw ApiException.invalidField("period", "must be all, YYYY or YYYY-MM");
    }

    private static boolean isDate(String text) {
        return DATE.matcher(text).matches();
    }
}
