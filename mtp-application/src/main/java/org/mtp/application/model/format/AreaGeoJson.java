package org.mtp.application.model.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;

/**
 * A challenge area as an RFC 7946 {@code Polygon} or {@code MultiPolygon} geometry, both ways, for every adapter: a
 * parsed JSON tree (maps, lists, doubles: each adapter parses text with its own JSON library) becomes an {@link Area},
 * and an area is written as GeoJSON text. Positions are {@code [lon, lat]} with an optional altitude, which is ignored.
 * The shape rules (closed rings, no crossing, holes inside, size) are the domain's; every failure is a
 * {@link ValidationException} naming the field.
 */
public final class AreaGeoJson {

    private AreaGeoJson() {}

    /** Reads a parsed JSON tree: a map with {@code type} and {@code coordinates}. */
    public static Area read(String field, Object tree) {
        if (!(tree instanceof Map<?, ?> geometry)) {
            throw invalid(field, "must be a GeoJSON Polygon or MultiPolygon object");
        }
        Object type = geometry.get("type");
        Object coordinates = geometry.get("coordinates");
        try {
            if ("Polygon".equals(type)) {
                return Polygon.ofCoordinates(rings(field, coordinates));
            }
            if ("MultiPolygon".equals(type)) {
                List<List<List<GeoPoint>>> polygons = new ArrayList<>();
                for (Object polygon : list(field, coordinates)) {
                    polygons.add(rings(field, polygon));
                }
                return MultiPolygon.ofCoordinates(polygons);
            }
        } catch (ValidationException broken) {
            // the domain names its own field ("area"); the caller's name is the one its client knows
            throw broken.field().equals(field) ? broken : invalid(field, broken.reason());
        }
        throw invalid(
                field,
                "must be a GeoJSON Polygon or MultiPolygon, not "
                        + (type == null ? "an object without a type" : "'" + type + "'"));
    }

    /** The area as GeoJSON text: a Polygon, or a MultiPolygon for several polygons. */
    public static String write(Area area) {
        StringBuilder out = new StringBuilder(64 + area.positionCount() * 24);
        if (area instanceof Polygon polygon) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            rings(out, polygon);
        } else {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            List<Polygon> polygons = area.polygons();
            for (int i = 0; i < polygons.size(); i++) {
                out.append(i > 0 ? "," : "");
                rings(out, polygons.get(i));
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    private static void rings(StringBuilder out, Polygon polygon) {
        out.append('[');
        List<LinearRing> rings = polygon.rings();
        for (int r = 0; r < rings.size(); r++) {
            out.append(r > 0 ? ",[" : "[");
            List<GeoPoint> positions = rings.get(r).positions();
            for (int p = 0; p < positions.size(); p++) {
                GeoPoint point = positions.get(p);
                out.append(p > 0 ? ",[" : "[")
                        .append(point.lon())
                        .append(',')
                        .append(point.lat())
                        .append(']');
            }
            out.append(']');
        }
        out.append(']');
    }

    private static List<List<GeoPoint>> rings(String field, Object value) {
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (Object ring : list(field, value)) {
            List<GeoPoint> positions = new ArrayList<>();
            for (Object position : list(field, ring)) {
                positions.add(position(field, position));
            }
            rings.add(positions);
        }
        return rings;
    }

    private static GeoPoint position(String field, Object value) {
        List<?> numbers = list(field, value);
        if (numbers.size() < 2 || numbers.size() > 3 || !numbers.stream().allMatch(Double.class::isInstance)) {
            throw invalid(field, "has a position that is not [longitude, latitude] or [longitude, latitude, altitude]");
        }
        double lon = (Double) numbers.get(0);
        double lat = (Double) numbers.get(1);
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw invalid(
                    field,
                    "has a position outside longitude -180..180 or latitude -90..90: [" + lon + ", " + lat + "]");
        }
        return GeoPoint.of(lon, lat);
    }

    private static List<?> list(String field, Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw invalid(field, "has 'coordinates' that are not nested arrays of positions");
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(field, message);
    }
}
