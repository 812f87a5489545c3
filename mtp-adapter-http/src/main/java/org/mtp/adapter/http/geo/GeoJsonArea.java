package org.mtp.adapter.http.geo;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.json.MalformedJsonException;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.format.AreaGeoJson;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;

/**
 * A challenge area as an RFC 7946 geometry on the wire, both ways: a {@code Polygon} or {@code MultiPolygon} object (in
 * a JSON body) or its JSON text (in a form field) becomes an {@link Area} through the application's
 * {@link AreaGeoJson}, shared with the web app; an area is written back as that geometry. Every failure is a 400 naming
 * the field.
 */
public final class GeoJsonArea {

    private static final Json JSON = Json.standard();

    private GeoJsonArea() {}

    public static Area parse(String field, Object value) {
        Object tree = value instanceof String text ? parseText(field, text) : value;
        try {
            return AreaGeoJson.read(field, tree);
        } catch (ValidationException e) {
            throw invalid(field, e.reason());
        }
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

    private static ApiException invalid(String field, String message) {
        return ApiException.invalidField(field, message);
    }
}
