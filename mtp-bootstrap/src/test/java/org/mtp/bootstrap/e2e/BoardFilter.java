package org.mtp.bootstrap.e2e;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;

/**
 * Test data: one filter of a global leaderboard as three things that must mean the same, the board's query, the
 * sequence search's query and the domain's filter that recounts the board.
 */
record BoardFilter(String boardQuery, String searchQuery, LeaderboardFilter filter) {

    static BoardFilter none() {
        return new BoardFilter("", "", LeaderboardFilter.ALL);
    }

    /** A child type, or a parent with its children. */
    static BoardFilter transport(String name) {
        String query = "transport_type=" + encoded(name);
        return new BoardFilter(
                query, query, new LeaderboardFilter(TransportType.fromName("transport_type", name), null, null, null));
    }

    static BoardFilter make(String name) {
        String query = "camera_make=" + encoded(name);
        return new BoardFilter(query, query, new LeaderboardFilter(null, CameraMake.of(name), null, null));
    }

    static BoardFilter model(String name) {
        String query = "camera_model=" + encoded(name);
        return new BoardFilter(query, query, new LeaderboardFilter(null, null, CameraModel.of(name), null));
    }

    /** A board's {@code period=YYYY-MM}; the search has no period, so it asks the month's first to last day. */
    static BoardFilter month(String yearMonth) {
        YearMonth month = YearMonth.parse(yearMonth);
        return new BoardFilter(
                "period=" + yearMonth,
                "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(),
                new LeaderboardFilter(null, null, null, CapturePeriod.month(month)));
    }

    /** Both dates included, on the board and in the search alike. */
    static BoardFilter between(String from, String to) {
        String query = "from=" + from + "&to=" + to;
        return new BoardFilter(
                query,
                query,
                new LeaderboardFilter(
                        null,
                        null,
                        null,
                        CapturePeriod.custom(TimeRange.ofDates(LocalDate.parse(from), LocalDate.parse(to)))));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return boardQuery.isEmpty() ? "(no filter)" : URLDecoder.decode(boardQuery, StandardCharsets.UTF_8);
    }
}
