package org.mtp.adapter.persistence.read.leaderboard;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mtp.domain.time.TimeRange;

/**
 * Persistence adapter: a capture range split for the cells: the whole UTC months it covers (read from
 * {@code leaderboard_cells}, months as yyyymm) and the partial months at its edges (read from {@code sequences} by
 * {@code captured_at}). A range inside one month has no whole month, only one edge.
 */
record MonthSpan(Integer firstMonth, Integer lastMonth, List<TimeRange> edges) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-01T00:00:00Z");

    static MonthSpan of(TimeRange range) {
        Instant from = clamp(range.from());
        Instant to = clamp(range.to());
        YearMonth fromMonth = YearMonth.from(from.atZone(ZoneOffset.UTC));
        YearMonth firstWhole = start(fromMonth).equals(from) ? fromMonth : fromMonth.plusMonths(1);
        YearMonth afterWhole = YearMonth.from(to.atZone(ZoneOffset.UTC));
        List<TimeRange> edges = new ArrayList<>();
        if (!firstWhole.isBefore(afterWhole)) {
            if (from.isBefore(to)) {
                edges.add(TimeRange.of(from, to));
            }
            return new MonthSpan(null, null, edges);
        }
        if (from.isBefore(start(firstWhole))) {
            edges.add(TimeRange.of(from, start(firstWhole)));
        }
        if (start(afterWhole).isBefore(to)) {
            edges.add(TimeRange.of(start(afterWhole), to));
        }
        return new MonthSpan(yyyymm(firstWhole), yyyymm(afterWhole.minusMonths(1)), edges);
    }

    boolean hasWholeMonths() {
        return firstMonth != null;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** No capture time lies outside years 1 to 9999 (the cells' month check), so neither need a range. */
    private static Instant clamp(Instant instant) {
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    }
}
