package org.mtp.adapter.persistence.read.challenge;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.persistence.Database;
import org.mtp.domain.geo.BoundingBox;

/**
 * Persistence adapter: "the sequence's bounding box overlaps one of these boxes, boundary included" as one SQL
 * condition on the stored {@code min_lon .. max_lat} of {@code s}. On PostgreSQL each test is also stated on the
 * built-in box type, which the GiST index {@code ix_sequences_bounds} answers; the plain comparisons keep the result
 * exact on both databases.
 */
public record BoxOverlap(String sql, Object[] parameters) {

    public static BoxOverlap anyOf(List<BoundingBox> boxes, Database database) {
        List<String> tests = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (BoundingBox box : boxes) {
            String exact = "s.min_lon <= ? AND s.max_lon >= ? AND s.min_lat <= ? AND s.max_lat >= ?";
            if (database == Database.POSTGRESQL) {
                tests.add("(box(point(s.min_lon, s.min_lat), point(s.max_lon, s.max_lat))"
                        + " && box(point(?, ?), point(?, ?)) AND " + exact + ")");
                parameters.addAll(List.of(box.minLon(), box.minLat(), box.maxLon(), box.maxLat()));
            } else {
                tests.add("(" + exact + ")");
            }
            parameters.addAll(List.of(box.maxLon(), box.minLon(), box.maxLat(), box.minLat()));
        }
        return new BoxOverlap("(" + String.join(" OR ", tests) + ")", parameters.toArray());
    }
}
