package org.mtp.adapter.http.sequence;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import okio.Buffer;
import org.mtp.adapter.http.json.Json;
import org.mtp.application.port.in.sequence.SequenceView;

/**
 * A sequence on the wire as the single read shows it: the list form's members plus its photos in order. {@link #text}
 * streams it through Moshi's writer member by member, the same text as the API's reflective writing (a test compares
 * both), since the read is hot.
 */
public record SequenceWithPhotosJson(
        UUID uniqueId,
        String name,
        String description,
        String username,
        TransportTypeJson transportType,
        List<String> tags,
        String cameraMake,
        String cameraModel,
        Instant capturedAt,
        Instant createdAt,
        Instant importedAt,
        Instant draftedAt,
        String mapillarySequenceKey,
        String googleStreetView,
        String strava,
        boolean pano,
        String status,
        int photoCount,
        double distanceKm,
        long likeCount,
        List<PhotoJson> photos) {

    public static SequenceWithPhotosJson from(SequenceView view) {
        SequenceJson s = SequenceJson.from(view);
        List<PhotoJson> photos = view.sequence().photos().stream()
                .map(photo -> PhotoJson.from(photo, view.viewpointsOn(photo.key())))
                .toList();
        return new SequenceWithPhotosJson(
                s.uniqueId(),
                s.name(),
                s.description(),
                s.username(),
                s.transportType(),
                s.tags(),
                s.cameraMake(),
                s.cameraModel(),
                s.capturedAt(),
                s.createdAt(),
                s.importedAt(),
                s.draftedAt(),
                s.mapillarySequenceKey(),
                s.googleStreetView(),
                s.strava(),
                s.pano(),
                s.status(),
                s.photoCount(),
                s.distanceKm(),
                s.likeCount(),
                photos);
    }

    /**
     * The JSON text, member for member and character for character as {@code Json.write(this)}: the same Moshi writer
     * without the reflective record adapter, which was a third of the uncached read.
     */
    public String text() {
        Buffer buffer = new Buffer();
        try (JsonWriter out = JsonWriter.of(buffer)) {
            out.setSerializeNulls(true);
            out.beginObject();
            out.name("unique_id").value(uniqueId.toString());
            out.name("name").value(name);
            out.name("description").value(description);
            out.name("username").value(username);
            out.name("transport_type");
            if (transportType == null) {
                out.nullValue();
            } else {
                out.beginObject();
                out.name("name").value(transportType.name());
                out.name("parent").value(transportType.parent());
                out.endObject();
            }
            out.name("tags");
            if (tags == null) {
                out.nullValue();
            } else {
                out.beginArray();
                for (String tag : tags) {
                    out.value(tag);
                }
                out.endArray();
            }
            out.name("camera_make").value(cameraMake);
            out.name("camera_model").value(cameraModel);
            out.name("captured_at").value(instant(capturedAt));
            out.name("created_at").value(instant(createdAt));
            out.name("imported_at").value(instant(importedAt));
            out.name("drafted_at").value(instant(draftedAt));
            out.name("mapillary_sequence_key").value(mapillarySequenceKey);
            out.name("google_street_view").value(googleStreetView);
            out.name("strava").value(strava);
            out.name("pano").value(pano);
            out.name("status").value(status);
            out.name("photo_count").value(photoCount);
            out.name("distance_km").value(distanceKm);
            out.name("like_count").value(likeCount);
            out.name("photos").beginArray();
            for (PhotoJson photo : photos) {
                out.beginObject();
                out.name("image_key").value(photo.imageKey());
                out.name("lon").value(photo.lon());
                out.name("lat").value(photo.lat());
                out.name("compass_angle").value(photo.compassAngle());
                out.name("captured_at").value(instant(photo.capturedAt()));
                out.name("viewpoint_count").value(photo.viewpointCount());
                out.endObject();
            }
            out.endArray();
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return buffer.readUtf8();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : Json.instant(instant);
    }
}
