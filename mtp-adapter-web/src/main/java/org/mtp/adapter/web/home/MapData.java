package org.mtp.adapter.web.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.mtp.adapter.web.page.Paths;
import org.mtp.application.model.format.GeoJsonWriter;
import org.mtp.application.model.geo.BoundingBoxText;
import org.mtp.application.model.map.MapMarker;
import org.mtp.application.port.in.map.ReadSequenceMapUseCase;
import org.mtp.domain.common.ValidationException;

/**
 * The home map's data, {@code GET /map/sequences?bbox=minLon,minLat,maxLon,maxLat&zoom=z}: a GeoJSON FeatureCollection
 * with one point per grid cell of the view that holds published sequences (a cluster with its count, or the one
 * sequence with its name and page), every sequence of the view counted, never more features than the use case's cell
 * limit.
 */
public final class MapData {

    private final ReadSequenceMapUseCase map;

    public MapData(ReadSequenceMapUseCase map) {
        this.map = map;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.MAP_DATA, this::answer);
    }

    private void answer(Context ctx) {
        ReadSequenceMapUseCase.SequenceMap found = map.read(new ReadSequenceMapUseCase.Query(
                BoundingBoxText.parse(required(ctx, "bbox")), zoom(required(ctx, "zoom"))));
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/geo+json").result(write(found.markers()));
    }

    private static String write(List<MapMarker> markers) {
        StringBuilder out = new StringBuilder(64 + markers.size() * 120);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < markers.size(); i++) {
            MapMarker m = markers.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(String.format(Locale.ROOT, "%.5f,%.5f", m.lon(), m.lat()))
                    .append("]},\"properties\":{\"count\":")
                    .append(m.count());
            if (m.sequence() != null) {
                out.append(",\"name\":");
                GeoJsonWriter.string(out, m.name());
                out.append(",\"url\":");
                GeoJsonWriter.string(out, Paths.sequence(m.sequence().toString()));
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
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("zoom", "must be a whole number from 0 to 22");
        }
    }
}
