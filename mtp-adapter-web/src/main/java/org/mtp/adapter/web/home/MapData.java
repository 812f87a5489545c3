package org.mtp.adapter.web.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtp.adapter.web.page.Paths;
import org.mtp.application.model.format.GeoJsonWriter;
import org.mtp.application.model.geo.BoundingBoxText;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;

/**
 * The home map's data, {@code GET /map/sequences?bbox=minLon,minLat,maxLon,maxLat&zoom=z}: a GeoJSON FeatureCollection
 * of only what the view needs, the latest published sequences in the box (at most {@value #MAX_SEQUENCES}) grouped into
 * clusters for the zoom, so it never has more than {@value #MAX_SEQUENCES} features; {@code truncated} says when the
 * box holds more than were read.
 */
public final class MapData {

    static final int MAX_SEQUENCES = 1_000;

    private final SearchSequencesUseCase search;

    public MapData(SearchSequencesUseCase search) {
        this.search = search;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.MAP_DATA, this::answer);
    }

    private void answer(Context ctx) {
        BoundingBox bbox = BoundingBoxText.parse(required(ctx, "bbox"));
        int zoom = zoom(required(ctx, "zoom"));
        List<SequenceSummary> found = new ArrayList<>();
        String cursor = null;
        boolean more;
        do {
            int limit = Math.min(PageRequest.MAX_LIMIT, MAX_SEQUENCES - found.size());
            Page<SequenceSummary> page =
                    search.search(SearchSequencesUseCase.Query.latestIn(bbox, new PageRequest(limit, cursor)));
            found.addAll(page.items());
            cursor = page.nextCursor();
            more = cursor != null;
        } while (more && found.size() < MAX_SEQUENCES);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/geo+json").result(write(MapClusters.of(found, zoom), more));
    }

    private static String write(List<MapClusters.Marker> markers, boolean truncated) {
        StringBuilder out = new StringBuilder(64 + markers.size() * 120);
        out.append("{\"type\":\"FeatureCollection\",\"truncated\":")
                .append(truncated)
                .append(",\"features\":[");
        for (int i = 0; i < markers.size(); i++) {
            MapClusters.Marker m = markers.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(String.format(Locale.ROOT, "%.5f,%.5f", m.lon(), m.lat()))
                    .append("]},\"properties\":{\"count\":")
                    .append(m.count());
            if (m.name() != null) {
                out.append(",\"name\":");
                GeoJsonWriter.string(out, m.name());
                out.append(",\"url\":");
                GeoJsonWriter.string(out, Paths.sequence(m.id()));
            }
            out.append("}}");
        }
        return out.append("]}").toString();
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new ValidationException(name, "is required");
        }
        return value;
    }

    private static int zoom(String text) {
        try {
            int zoom = Integer.parseInt(text);
            if (zoom >= 0 && zoom <= 22) {
                return zoom;
            }
        } catch (NumberFormatException e) {
            // refused below, as an out-of-range zoom is
        }
        throw new ValidationException("zoom", "must be a whole number from 0 to 22");
    }
}
