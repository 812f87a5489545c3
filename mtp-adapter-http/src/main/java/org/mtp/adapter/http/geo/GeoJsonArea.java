package org.mtp.adapter.http.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.json.MalformedJsonException;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;

/**
 * A challenge area as an RFC 7946 geometry, both ways: a {@code Polygon} or {@code MultiPolygon} object (in a JSON
 * body) or its JSON text (in a form field) becomes an {@link Area}; an area is written back as that geometry. Positions
 * are {@code [lon, lat]} with an optional altitude, which is ignored. The shape rules (closed rings, no crossing, holes
 * inside, size) are the domain's; every failure is a 400 naming the field.
 */
public final class GeoJsonArea {

    private static final Json JSON = Json.standard();

    private GeoJsonArea() {}

    public static Area parse(String field, Object value) {
        Object tree = value instanceof String text ? parseText(field, text) : value;
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
        } catch (ValidationException e) {
            throw invalid(field, e.getMessage());
        }
        throw invalid(
                field,
                "must be a GeoJSON Polygon or MultiPolygon, not "
                        + (type == null ? "an object without " + "a type" : "'" + type + "'"));
    }

    /** The area as a GeoJSON geometry. */
    public static GeoJson.Geometry write(Area area) {
        if (area instanceof Polygon polygon) {
            return new GeoJson.Geometry("Polygon", coordinates(polygon));
        }
        List<Object> polygons = new ArrayList<>();
        for (Polygon polygon : area.polygons()) {
            polygons.add(coordinates(polygon));
        }
        return new GeoJson.Geometry("MultiPolygon", polygons);
    }

    private static List<List<List<Double>>> coordinates(Polygon polygon) {
        List<List<List<Double>>> rings = new ArrayList<>();
        for (LinearRing ring : polygon.rings()) {
            List<List<Double>> positions = new ArrayList<>();
            for (GeoPoint point : ring.positions()) {
                positions.add(GeoJson.position(point));
            }
            rings.add(positions);
        }
        return rings;
    }

    private static Object parseText(String field, String text) {
        try {
            return JSON.parseTree(text);
        } catch (MalformedJsonException e) {
            throw invalid(field, "is not JSON: " + e.getMessage());
        }
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

    private static ApiException invalid(String field, String message) {
        return ApiException.invalidField(field, message);
    }
}
