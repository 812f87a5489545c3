package org.mtp.adapter.mapillary.v4;

import java.time.Instant;
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
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.time.TimeRange;

/** Maps Graph API v4 wire records to domain values; a value the domain refuses becomes {@code MalformedResponse}. */
final class GraphMapper {

    private static final Comparator<GraphWire.Image> BY_CAPTURE = Comparator.comparing(GraphWire.Image::capturedAt);

    private GraphMapper() {}

    static MapillaryUser user(GraphWire.Me me) {
        if (me.id() == null || me.username() == null) {
            throw JsonBodies.missing("v4 /me", "'id' or 'username'");
        }
        return guarded("v4 /me", () -> new MapillaryUser(MapillaryUserId.of(me.id()), me.username()));
    }

    /**
     * One summary per sequence of {@code owner}'s images captured in {@code window}, ordered by first capture. Images
     * of another account (a username that changed hands) and images outside the window are dropped; the count is of the
     * photos found in the window, not the whole sequence.
     */
    static List<MapillarySequenceSummary> summaries(
            List<GraphWire.Image> images, MapillaryUser owner, TimeRange window) {
        Map<String, List<GraphWire.Image>> bySequence = new LinkedHashMap<>();
        for (GraphWire.Image image : images) {
            requireSearchFields(image);
            boolean mine = image.creator() != null
                    && owner.id().value().equals(image.creator().id());
            if (mine && window.contains(Instant.ofEpochMilli(image.capturedAt()))) {
                bySequence
                        .computeIfAbsent(image.sequence(), k -> new ArrayList<>())
                        .add(image);
            }
        }
        List<MapillarySequenceSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<GraphWire.Image>> group : bySequence.entrySet()) {
            List<GraphWire.Image> photos = new ArrayList<>(group.getValue());
            photos.sort(BY_CAPTURE.thenComparing(GraphWire.Image::id));
            GraphWire.Image first = photos.get(0);
            summaries.add(guarded(
                    "v4 /images",
                    () -> new MapillarySequenceSummary(
                            MapillarySequenceKey.of(group.getKey()),
                            Instant.ofEpochMilli(first.capturedAt()),
                            photos.size(),
                            point("v4 /images", first),
                            make(photos),
                            model(photos),
                            Boolean.TRUE.equals(first.isPano()))));
        }
        summaries.sort(Comparator.comparing(MapillarySequenceSummary::capturedAt)
                .thenComparing(s -> s.key().value()));
        return summaries;
    }

    /** Mapillary reports unknown cameras as the literal {@code "none"}; that, like blank, means absent. */
    static String known(String cameraText) {
        if (cameraText == null
                || cameraText.isBlank()
                || cameraText.strip().toLowerCase(Locale.ROOT).equals("none")) {
            return null;
        }
        return cameraText;
    }

    /** Angles outside {@code [0, 360)} are folded back in; a missing angle stays absent. */
    static CompassAngle angle(Double degrees) {
        if (degrees == null || degrees.isNaN() || degrees.isInfinite()) {
            return null;
        }
        double folded = ((degrees % 360.0) + 360.0) % 360.0;
        return CompassAngle.of(folded >= 360.0 ? 0.0 : folded);
    }

    private static CameraMake make(List<GraphWire.Image> images) {
        return images.stream()
                .map(i -> known(i.make()))
                .filter(m -> m != null)
                .findFirst()
                .map(CameraMake::of)
                .orElse(null);
    }

    private static CameraModel model(List<GraphWire.Image> images) {
        return images.stream()
                .map(i -> known(i.model()))
                .filter(m -> m != null)
                .findFirst()
                .map(CameraModel::of)
                .orElse(null);
    }

    private static GeoPoint point(String operation, GraphWire.Image image) {
        GraphWire.Point geometry = image.geometry();
        if (geometry == null
                || geometry.coordinates() == null
                || geometry.coordinates().size() < 2
                || geometry.coordinates().get(0) == null
                || geometry.coordinates().get(1) == null) {
            throw JsonBodies.missing(operation, "the geometry of image " + image.id());
        }
        return GeoPoint.of(geometry.coordinates().get(0), geometry.coordinates().get(1));
    }

    private static void requireSearchFields(GraphWire.Image image) {
        if (image == null || image.id() == null || image.sequence() == null || image.capturedAt() == null) {
            throw JsonBodies.missing("v4 image", "'id', 'sequence' or 'captured_at'");
        }
    }

    /** Runs a mapping; a domain rule the data breaks means Mapillary sent something we cannot represent. */
    static <T> T guarded(String operation, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (DomainException e) {
            throw new MapillaryException.MalformedResponse(operation + ": " + e.getMessage(), null);
        }
    }
}
