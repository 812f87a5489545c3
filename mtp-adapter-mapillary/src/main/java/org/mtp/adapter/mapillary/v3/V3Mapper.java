package org.mtp.adapter.mapillary.v3;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.sequence.Photo;

/**
 * Maps v3 wire records to domain values. A v3 feature carries one capture time for the whole sequence, so photos have
 * none of their own, and a summary counts all of the sequence's photos.
 */
final class V3Mapper {

    private V3Mapper() {}

    static MapillaryUser user(V3Wire.User user) {
        if (user.key() == null || user.username() == null) {
            throw JsonBodies.missing("v3 /me", "'key' or 'username'");
        }
        return guarded("v3 /me", () -> new MapillaryUser(MapillaryUserId.of(user.key()), user.username()));
    }

    /** One summary per sequence of {@code owner}, de-duplicated by key and ordered by capture time. */
    static List<MapillarySequenceSummary> summaries(List<V3Wire.Feature> features, MapillaryUser owner) {
        Map<String, MapillarySequenceSummary> byKey = new LinkedHashMap<>();
        for (V3Wire.Feature feature : features) {
            Parsed parsed = parse("v3 /sequences", feature);
            if (!owner.id().value().equals(parsed.properties().userKey())) {
                continue;
            }
            byKey.putIfAbsent(
                    parsed.properties().key(),
                    guarded(
                            "v3 /sequences",
                            () -> new MapillarySequenceSummary(
                                    MapillarySequenceKey.of(parsed.properties().key()),
                                    parsed.capturedAt(),
                                    parsed.points().size(),
                                    parsed.points().get(0),
                                    make(parsed.properties().cameraMake()),
                                    null,
                                    Boolean.TRUE.equals(parsed.properties().pano()))));
        }
        List<MapillarySequenceSummary> summaries = new ArrayList<>(byKey.values());
        summaries.sort(Comparator.comparing(MapillarySequenceSummary::capturedAt)
                .thenComparing(s -> s.key().value()));
        return summaries;
    }

    /** The whole sequence; the owner's username falls back to the user key when the feature omits it. */
    static MapillarySequence sequence(MapillarySequenceKey key, V3Wire.Feature feature) {
        Parsed parsed = parse("v3 /sequences/{key}", feature);
        V3Wire.Properties p = parsed.properties();
        if (!key.value().equals(p.key())) {
            throw new MapillaryException.MalformedResponse(
                    "v3 /sequences/{key}: asked for " + key + ", got " + p.key(), null);
        }
        List<String> imageKeys = p.coordinateProperties() == null
                ? null
                : p.coordinateProperties().imageKeys();
        List<Double> cas = p.coordinateProperties() == null
                ? null
                : p.coordinateProperties().cas();
        int n = parsed.points().size();
        if (imageKeys == null || imageKeys.size() != n || (cas != null && cas.size() != n)) {
            throw new MapillaryException.MalformedResponse(
                    "v3 /sequences/{key}: image_keys and cas must run parallel to the " + n + " coordinates", null);
        }
        return guarded("v3 /sequences/{key}", () -> {
            List<Photo> photos = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                photos.add(Photo.of(
                        ImageKey.of(imageKeys.get(i)),
                        parsed.points().get(i),
                        cas == null ? null : angle(cas.get(i)),
                        null));
            }
            MapillaryUser owner = new MapillaryUser(
                    MapillaryUserId.of(p.userKey()), p.username() != null ? p.username() : p.userKey());
            return new MapillarySequence(
                    key,
                    owner,
                    make(p.cameraMake()),
                    null,
                    Boolean.TRUE.equals(p.pano()),
                    instant("created_at", p.createdAt(), false),
                    parsed.capturedAt(),
                    photos);
        });
    }

    private static Parsed parse(String operation, V3Wire.Feature feature) {
        if (feature == null
                || feature.properties() == null
                || feature.geometry() == null
                || feature.geometry().coordinates() == null) {
            throw JsonBodies.missing(operation, "a feature's 'properties' or 'geometry'");
        }
        V3Wire.Properties p = feature.properties();
        if (p.key() == null || p.userKey() == null) {
            throw JsonBodies.missing(operation, "a feature's 'key' or 'user_key'");
        }
        List<GeoPoint> points = new ArrayList<>();
        for (List<Double> c : feature.geometry().coordinates()) {
            if (c == null || c.size() < 2 || c.get(0) == null || c.get(1) == null) {
                throw JsonBodies.missing(operation, "a [lon, lat] position in sequence " + p.key());
            }
            points.add(guarded(operation, () -> GeoPoint.of(c.get(0), c.get(1))));
        }
        if (points.isEmpty()) {
            throw JsonBodies.missing(operation, "the positions of sequence " + p.key());
        }
        return new Parsed(p, points, instant("captured_at", p.capturedAt(), true));
    }

    static Instant instant(String field, String text, boolean required) {
        if (text == null) {
            if (required) {
                throw JsonBodies.missing("v3 feature", "'" + field + "'");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MapillaryException.MalformedResponse("v3 feature: '" + field + "' is not ISO-8601: " + text, e);
        }
    }

    private static CameraMake make(String text) {
        if (text == null
                || text.isBlank()
                || text.strip().toLowerCase(Locale.ROOT).equals("none")) {
            return null;
        }
        return CameraMake.of(text);
    }

    private static CompassAngle angle(Double degrees) {
        if (degrees == null || degrees.isNaN() || degrees.isInfinite()) {
            return null;
        }
        double folded = ((degrees % 360.0) + 360.0) % 360.0;
        return CompassAngle.of(folded >= 360.0 ? 0.0 : folded);
    }

    private static <T> T guarded(String operation, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (DomainException e) {
            throw new MapillaryException.MalformedResponse(operation + ": " + e.getMessage(), null);
        }
    }

    private record Parsed(V3Wire.Properties properties, List<GeoPoint> points, Instant capturedAt) {}
}
