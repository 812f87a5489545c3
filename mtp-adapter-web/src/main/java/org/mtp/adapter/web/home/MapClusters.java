package org.mtp.adapter.web.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.domain.geo.BoundingBox;

/**
 * Groups sequences for a map at a zoom level: each sequence stands at its bounds' centre, and those in the same grid
 * cell (about 64 screen pixels wide at that zoom) become one cluster, so the map draws at most one marker per cell.
 */
final class MapClusters {

    /** A marker: one sequence (count 1, with its name and id) or a cluster of {@code count} at their mean. */
    record Marker(double lon, double lat, int count, String name, String id) {}

    private MapClusters() {}

    static List<Marker> of(List<SequenceSummary> sequences, int zoom) {
        double cell = 360.0 / (1L << zoom) / 4;
        Map<String, List<SequenceSummary>> cells = new LinkedHashMap<>();
        for (SequenceSummary s : sequences) {
            BoundingBox b = s.bounds();
            if (b != null) {
                String key = Math.floor(lon(b) / cell) + ":" + Math.floor(lat(b) / cell);
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        List<Marker> markers = new ArrayList<>();
        for (List<SequenceSummary> members : cells.values()) {
            if (members.size() == 1) {
                SequenceSummary s = members.get(0);
                markers.add(new Marker(
                        lon(s.bounds()), lat(s.bounds()), 1, s.details().name(), s.id().toString()));
            } else {
                double lon = members.stream()
                        .mapToDouble(s -> lon(s.bounds()))
                        .average()
                        .orElse(0);
                double lat = members.stream()
                        .mapToDouble(s -> lat(s.bounds()))
                        .average()
                        .orElse(0);
                markers.add(new Marker(lon, lat, members.size(), null, null));
            }
        }
        return markers;
    }

    private static double lon(BoundingBox b) {
        return (b.minLon() + b.maxLon()) / 2;
    }

    private static double lat(BoundingBox b) {
        return (b.minLat() + b.maxLat()) / 2;
    }
}
