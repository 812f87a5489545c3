package org.mtp.domain.sequence;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.time.Timestamps;

/** One image of a sequence: its Mapillary key, where it was taken, which way it faced and, when known, when. */
public record Photo(ImageKey key, GeoPoint point, CompassAngle compassAngle, Instant capturedAt) {

    public Photo {
        Require.notNull("image_key", key);
        Require.notNull("point", point);
        capturedAt = Timestamps.normalize(capturedAt);
    }

    public static Photo of(ImageKey key, GeoPoint point, CompassAngle angle, Instant capturedAt) {
        return new Photo(key, point, angle, capturedAt);
    }

    public Optional<CompassAngle> angle() {
        return Optional.ofNullable(compassAngle);
    }

    /** The photo's own capture time, or {@code fallback} (the sequence's) when it has none. */
    public Instant capturedAtOr(Instant fallback) {
        return capturedAt != null ? capturedAt : fallback;
    }
}
