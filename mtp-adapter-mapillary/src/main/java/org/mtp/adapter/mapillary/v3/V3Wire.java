package org.mtp.adapter.mapillary.v3;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Wire shapes of the legacy v3 API: the user object and GeoJSON sequence features. A top-level {@code message} member
 * is how v3 reports a failure, so it is read wherever it may appear.
 */
final class V3Wire {

    private V3Wire() {}

    /** {@code GET /v3/me}. */
    public record User(String key, String username, String message) {}

    /** A LineString of {@code [lon, lat]} positions in capture order. */
    public record LineString(String type, List<List<Double>> coordinates) {}

    /** Per-position values, parallel to the LineString's coordinates. */
    public record CoordinateProperties(
            List<Double> cas, @Json(name = "image_keys") List<String> imageKeys) {}

    /** A sequence's properties. */
    public record Properties(
            @Json(name = "camera_make") String cameraMake,
            @Json(name = "captured_at") String capturedAt,
            @Json(name = "created_at") String createdAt,
            String key,
            Boolean pano,
            @Json(name = "user_key") String userKey,
            String username,
            CoordinateProperties coordinateProperties) {}

    /** One sequence: {@code GET /v3/sequences/{key}}, or an element of a search. */
    public record Feature(String type, LineString geometry, Properties properties, String message) {}

    /** {@code GET /v3/sequences}. */
    public record FeatureCollection(String type, List<Feature> features, String message) {}
}
