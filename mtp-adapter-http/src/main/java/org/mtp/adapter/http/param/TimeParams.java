package org.mtp.adapter.http.param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.time.TimeTexts;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;

/**
 * Dates, instants and capture periods on the wire, read by the application's {@link TimeTexts} (which the web app's
 * forms share); anything it refuses is a 400 naming the field.
 */
public final class TimeParams {

    /** The start of a window given without one: before any photo mtp can hold. */
    public static final Instant OPEN_START = TimeTexts.OPEN_START;
    /** The end of a window given without one. */
    public static final Instant OPEN_END = TimeTexts.OPEN_END;

    private TimeParams() {}

    /** A date {@code YYYY-MM-DD}. */
    public static LocalDate date(String field, String text) {
        return refusedAs400(() -> TimeTexts.date(field, text));
    }

    /** An instant, or a date meaning the start of that UTC day. */
    public static Instant start(String field, String text) {
        return refusedAs400(() -> TimeTexts.start(field, text));
    }

    /** An instant, or a date meaning the end of that UTC day (the next midnight, since windows are half-open). */
    public static Instant end(String field, String text) {
        return refusedAs400(() -> TimeTexts.end(field, text));
    }

    /** An ISO-8601 instant with a zone offset. */
    public static Instant instant(String field, String text) {
        return refusedAs400(() -> TimeTexts.instant(field, text));
    }

    /**
     * The window {@code [from, to)} of two optional parameters (instants or dates, a date {@code to} included); empty
     * when neither came, open-ended on the side that did not.
     */
    public static Optional<TimeRange> range(Params params, String fromField, String toField) {
        String from = params.string(fromField).orElse(null);
        String to = params.string(toField).orElse(null);
        return refusedAs400(() -> TimeTexts.range(fromField, from, toField, to));
    }

    /** {@code [start, end)}; an end not after the start is a 400 naming {@code endField}. */
    public static TimeRange window(String endField, Instant start, Instant end) {
        return refusedAs400(() -> TimeTexts.window(endField, start, end));
    }

    /**
     * A capture period: {@code period} = {@code all} (the default), {@code YYYY} or {@code YYYY-MM} (UTC), or a custom
     * window from {@code from}/{@code to}; a period and a window together are a 400.
     */
    public static CapturePeriod period(Params params) {
        String period = params.string("period").orElse(null);
        String from = params.string("from").orElse(null);
        String to = params.string("to").orElse(null);
        return refusedAs400(() -> TimeTexts.period(period, from, to));
    }

    private static <T> T refusedAs400(Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            throw ApiException.invalidField(e.field(), e.reason());
        }
    }
}
