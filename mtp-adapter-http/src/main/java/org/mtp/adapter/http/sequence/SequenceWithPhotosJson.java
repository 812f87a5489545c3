package org.mtp.adapter.http.sequence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.adapter.http.json.JsonText;
import org.mtp.application.port.in.sequence.SequenceView;

/**
 * A sequence on the wire as the single read shows it: the list form's members plus its photos in order. {@link #text}
 * writes it by hand, the same text as the API's Moshi writes (a test compares both), since the read is hot.
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

    /** The JSON text, member for member and character for character as {@code Json.write(this)}. */
    public String text() {
        JsonText out = new JsonText(640 + 192 * photos.size());
        out.beginObject()
                .name("unique_id")
                .value(uniqueId)
                .name("name")
                .value(name)
                .name("description")
                .value(description)
                .name("username")
                .value(username)
                .name("transport_type");
        if (transportType == null) {
            out.value((String) null);
        } else {
            out.beginObject()
                    .name("name")
                    .value(transportType.name())
                    .name("parent")
                    .value(transportType.parent())
                    .endObject();
        }
        out.name("tags");
        if (tags == null) {
            out.value((String) null);
        } else {
            out.beginArray();
            for (String tag : tags) {
                out.value(tag);
            }
            out.endArray();
        }
        out.name("camera_make")
                .value(cameraMake)
                .name("camera_model")
                .value(cameraModel)
                .name("captured_at")
                .value(capturedAt)
                .name("created_at")
                .value(createdAt)
                .name("imported_at")
                .value(importedAt)
                .name("drafted_at")
                .value(draftedAt)
                .name("mapillary_sequence_key")
                .value(mapillarySequenceKey)
                .name("google_street_view")
                .value(googleStreetView)
                .name("strava")
                .value(strava)
                .name("pano")
                .value(pano)
                .name("status")
                .value(status)
                .name("photo_count")
                .value(photoCount)
                .name("distance_km")
                .value(distanceKm)
                .name("like_count")
                .value(likeCount)
                .name("photos")
                .beginArray();
        for (PhotoJson photo : photos) {
            out.beginObject()
                    .name("image_key")
                    .value(photo.imageKey())
                    .name("lon")
                    .value(photo.lon())
                    .name("lat")
                    .value(photo.lat())
                    .name("compass_angle")
                    .value(photo.compassAngle())
                    .name("captured_at")
                    .value(photo.capturedAt())
                    .name("viewpoint_count")
                    .value(photo.viewpointCount())
                    .endObject();
        }
        return out.endArray().endObject().toString();
    }
}
