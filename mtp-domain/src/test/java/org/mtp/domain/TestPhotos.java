package org.mtp.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;

/** Test data: photos and tracks of photos, taken a second apart from a fixed morning. */
public final class TestPhotos {

    /** When the first photo of a default track is taken. */
    public static final Instant FIRST_SHOT = Instant.parse("2024-05-01T08:00:00Z");

    private TestPhotos() {}

    /** A photo with no compass angle and no time of its own. */
    public static Photo photo(String key, double lon, double lat) {
        return new Photo(ImageKey.of(key), GeoPoint.of(lon, lat), null, null);
    }

    /** A photo taken at {@code at}. */
    public static Photo photoAt(String key, double lon, double lat, Instant at) {
        return new Photo(ImageKey.of(key), GeoPoint.of(lon, lat), null, at);
    }

    /** One photo per point, keyed {@code <prefix>-0, <prefix>-1, ...}, one second apart from {@code start}. */
    public static List<Photo> track(String prefix, Instant start, GeoPoint... points) {
        List<Photo> photos = new ArrayList<>(points.length);
        for (int i = 0; i < points.length; i++) {
            photos.add(new Photo(ImageKey.of(prefix + "-" + i), points[i], null, start.plus(Duration.ofSeconds(i))));
        }
        return photos;
    }

    /** The reference's test vector (0,0) → (0,1) → (0,2): 222.390 km. */
    public static GeoPoint[] equatorNorthward() {
        return new GeoPoint[] {GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2)};
    }
}
