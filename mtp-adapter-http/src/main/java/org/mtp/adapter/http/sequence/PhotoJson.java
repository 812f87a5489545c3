package org.mtp.adapter.http.sequence;

import java.time.Instant;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.Photo;

/** A photo on the wire: where it was taken, which way it faced and when (null when unknown), its viewpoints. */
public record PhotoJson(
        String imageKey, double lon, double lat, Double compassAngle, Instant capturedAt, long viewpointCount) {

    public static PhotoJson from(Photo photo, long viewpoints) {
        return new PhotoJson(
                photo.key().value(),
                photo.point().lon(),
                photo.point().lat(),
                photo.angle().map(CompassAngle::degrees).orElse(null),
                photo.capturedAt(),
                viewpoints);
    }
}
