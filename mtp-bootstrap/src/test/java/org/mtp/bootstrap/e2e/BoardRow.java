package org.mtp.bootstrap.e2e;

import java.util.Map;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;

/**
 * Test data: one row of a global leaderboard, the distance in whole metres so that rows compare exactly whether they
 * come from the API's JSON or from the domain's recount.
 */
record BoardRow(long rank, String username, long photos, long metres, long viewpoints) {

    static BoardRow of(RankedRow<UserTotals> ranked) {
        UserTotals totals = ranked.entry();
        return new BoardRow(
                ranked.rank(),
                totals.username().value(),
                totals.photos(),
                totals.distance().metres(),
                totals.viewpoints());
    }

    /** An item of {@code GET /api/v1/leaderboards/{metric}}. */
    static BoardRow fromJson(Map<?, ?> item) {
        return new BoardRow(
                whole(item.get("rank")),
                (String) item.get("username"),
                whole(item.get("photos")),
                metres(item.get("distance_km")),
                whole(item.get("viewpoints")));
    }

    /** A {@code distance_km} of the API in metres, which must be whole: kilometres with at most three decimals. */
    static long metres(Object distanceKm) {
        double metres = ((Number) distanceKm).doubleValue() * 1000;
        long whole = Math.round(metres);
        if (Math.abs(metres - whole) > 1e-6) {
            throw new AssertionError("not whole metres: " + distanceKm + " km");
        }
        return whole;
    }

    private static long whole(Object number) {
        double value = ((Number) number).doubleValue();
        if (value != Math.rint(value)) {
            throw new AssertionError("not a whole number: " + number);
        }
        return (long) value;
    }
}
