package org.mtp.application.fake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapMarker;
import org.mtp.application.model.map.MapPoint;
import org.mtp.application.port.out.map.SequenceMapReader;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;

/**
 * Test double of the sequence map: groups the published sequences stored now, counted afresh on every read, which is
 * also the recount the database's kept cells are held to.
 */
public final class InMemorySequenceMap implements SequenceMapReader {

    private final InMemoryData data;
    private final InMemorySequences sequences;

    public InMemorySequenceMap(InMemoryData data, InMemorySequences sequences) {
        this.data = data;
        this.sequences = sequences;
    }

    @Override
    public List<MapMarker> markers(MapGrid.Window window) {
        data.requireUnitOfWork("sequence map");
        List<Placed> placed = new ArrayList<>();
        for (Sequence s : sequences.all()) {
            if (s.isPublished() && s.bounds().isPresent()) {
                placed.add(new Placed(
                        s.id(), s.details().name(), MapPoint.centreOf(s.bounds().get())));
            }
        }
        return recount(placed, window);
    }

    /** A published sequence where it stands on the map. */
    public record Placed(SequenceId id, String name, MapPoint point) {}

    /** The markers of {@code window} for {@code placed}, counted from scratch: column, then row order. */
    public static List<MapMarker> recount(List<Placed> placed, MapGrid.Window window) {
        Map<List<Long>, List<Placed>> cells = new TreeMap<>(
                Comparator.<List<Long>>comparingLong(k -> k.get(0)).thenComparingLong(k -> k.get(1)));
        for (Placed p : placed) {
            if (window.holds(p.point().column(), p.point().row())) {
                List<Long> key = List.of(
                        MapGrid.atLevel(p.point().column(), window.level()),
                        MapGrid.atLevel(p.point().row(), window.level()));
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<MapMarker> markers = new ArrayList<>();
        cells.forEach((key, members) -> {
            Placed sole = members.size() == 1 ? members.get(0) : null;
            markers.add(new MapMarker(
                    key.get(0),
                    key.get(1),
                    members.size(),
                    members.stream().mapToLong(p -> p.point().lonE7()).sum(),
                    members.stream().mapToLong(p -> p.point().latE7()).sum(),
                    sole == null ? null : sole.id(),
                    sole == null ? null : sole.name()));
        });
        return markers;
    }
}
