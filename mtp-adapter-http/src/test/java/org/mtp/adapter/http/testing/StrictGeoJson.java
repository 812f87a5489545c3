package org.mtp.adapter.http.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A GeoJSON answer read back as strictly as GEOS and PostGIS read it (RFC 7946 plus "a line has length"): a Feature or
 * a FeatureCollection of Features; geometries only Point or LineString (what mtp writes for tracks); positions two
 * finite numbers in range; a LineString with at least two distinct positions; no member a collection must not carry.
 * Any departure fails the test. Shared with bootstrap's end-to-end tests.
 */
public final class StrictGeoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StrictGeoJson() {}

    /** The geometry types of the features, in order (null for a null geometry); fails on anything invalid. */
    public static List<String> geometryTypes(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
        String type = root.path("type").asText();
        if (type.equals("Feature")) {
            return List.of(feature(root));
        }
        require(type.equals("FeatureCollection"), "neither a Feature nor a FeatureCollection: " + type);
        for (String forbidden : List.of("geometry", "properties", "coordinates", "geometries")) {
            require(!root.has(forbidden), "a FeatureCollection must not have '" + forbidden + "'");
        }
        require(root.path("features").isArray(), "a FeatureCollection needs a 'features' array");
        return root.path("features").valueStream().map(StrictGeoJson::feature).toList();
    }

    private static String feature(JsonNode feature) {
        require(feature.path("type").asText().equals("Feature"), "not a Feature: " + feature);
        require(feature.has("geometry") && feature.has("properties"), "a Feature needs geometry and properties");
        require(!feature.has("coordinates") && !feature.has("geometries"), "a Feature with coordinates");
        require(
                feature.path("properties").isObject()
                        || feature.path("properties").isNull(),
                "bad properties");
        JsonNode geometry = feature.get("geometry");
        if (geometry.isNull()) {
            return null;
        }
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Point" -> position(coordinates);
            case "LineString" -> {
                require(coordinates.isArray() && coordinates.size() >= 2, "a LineString needs two positions");
                Set<List<Double>> distinct = new HashSet<>();
                coordinates.forEach(p -> distinct.add(position(p)));
                require(distinct.size() >= 2, "a LineString of one position has no length: " + coordinates);
            }
            default -> throw new AssertionError("a track must be a Point or a LineString, not " + type);
        }
        return type;
    }

    /** Adding 0.0 makes -0.0 the same position as 0.0, as readers compare numbers. */
    private static List<Double> position(JsonNode position) {
        require(position.isArray() && position.size() == 2, "a position is [lon, lat]: " + position);
        require(position.get(0).isNumber() && position.get(1).isNumber(), "a position holds numbers: " + position);
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        require(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, "a position out of range: " + position);
        return List.of(lon + 0.0, lat + 0.0);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
