package org.mtp.adapter.mapillary.v4;

import com.squareup.moshi.Json;
import java.util.List;

/** Wire shapes of the Graph API v4 JSON this client reads; unknown members are ignored, absent ones are null. */
final class GraphWire {

    private GraphWire() {}

    /** {@code GET /me?fields=id,username}. */
    public record Me(String id, String username) {}

    /** A GeoJSON Point, {@code [lon, lat]}. */
    public record Point(String type, List<Double> coordinates) {}

    /** The {@code creator} of an image. */
    public record Creator(String id, String username) {}

    /** An image entity with the fields in {@link GraphApi#IMAGE_FIELDS}. */
    public record Image(
            String id,
            @Json(name = "captured_at") Long capturedAt,
            Point geometry,
            @Json(name = "compass_angle") Double compassAngle,
            String sequence,
            Creator creator,
            @Json(name = "is_pano") Boolean isPano,
            String make,
            String model) {}

    /** {@code GET /{image_id}?fields=thumb_256_url}: a signed CDN URL that expires, never to be stored. */
    public record ThumbnailRef(
            String id, @Json(name = "thumb_256_url") String thumb256Url) {}

    /** Graph-style paging; only {@code next} is used. */
    public record Paging(String next) {}

    /** {@code GET /images} response. */
    public record ImagePage(List<Image> data, Paging paging) {}

    /** One entry of {@code GET /image_ids}. */
    public record IdRef(String id) {}

    /** {@code GET /image_ids} response. */
    public record IdPage(List<IdRef> data, Paging paging) {}

    /** {@code POST /token} response. */
    public record Token(
            @Json(name = "access_token") String accessToken,
            @Json(name = "token_type") String tokenType,
            @Json(name = "expires_in") Long expiresIn,
            @Json(name = "refresh_token") String refreshToken) {

        @Override
        public String toString() {
            return "Token[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
        }
    }
}
