package org.mtp.adapter.persistence.read.leaderboard;

import java.util.Arrays;
import java.util.List;
import org.mtp.adapter.persistence.write.leaderboard.SequenceShare;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;

/**
 * Persistence adapter: which totals answer a filter. Unfiltered: {@code user_totals}. A transport parent and/or a UTC
 * year, nothing else: the matching {@code leaderboard_parent_years} rows. Both hold one row per user already in rank
 * order on an index. Anything else (a child type, a camera, a month, a custom range): the cells, aggregated.
 */
sealed interface BoardGrain {

    static BoardGrain of(LeaderboardFilter filter) {
        if (filter.isUnfiltered()) {
            return new Overall();
        }
        TransportType type = filter.transportType();
        boolean parentOrAny = type == null || type.isParent();
        if (filter.cameraMake() == null && filter.cameraModel() == null && parentOrAny) {
            String parent = type == null ? SequenceShare.ALL_PARENTS : type.name();
            if (filter.period() instanceof CapturePeriod.AllTime) {
                return new ParentYear(parent, SequenceShare.ALL_YEARS);
            }
            if (filter.period() instanceof CapturePeriod.InYear year) {
                return new ParentYear(parent, year.year().getValue());
            }
        }
        return new Cells(filter);
    }

    /** Every node the filter's transport type admits: itself and, for a parent, its children. */
    static List<String> admittedTypes(TransportType filter) {
        return Arrays.stream(TransportType.values())
                .filter(filter::includes)
                .map(TransportType::name)
                .toList();
    }

    /** The unfiltered board. */
    record Overall() implements BoardGrain {}

    /** One parent (or {@code ALL}) in one year (or {@code 0}, all time). */
    record ParentYear(String parent, int year) implements BoardGrain {}

    /** Any other filter. */
    record Cells(LeaderboardFilter filter) implements BoardGrain {}
}
