package org.mtp.adapter.persistence.write.sequence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;

/**
 * Persistence adapter: a sequence's photos packed in one value ({@code sequences.track}), so that a challenge board
 * reads one row per candidate sequence instead of one per photo. Format 1: a version byte and the photo count, then per
 * photo longitude, latitude, compass angle (NaN: none) as doubles, capture time in epoch milliseconds
 * ({@link Long#MIN_VALUE}: none) and the image key (ASCII, as {@link ImageKey} allows, with its length).
 */
public final class PhotoTrack {

    private static final byte FORMAT = 1;
    private static final double NO_ANGLE = Double.NaN;
    private static final long NO_TIME = Long.MIN_VALUE;

    private PhotoTrack() {}

    public static byte[] encode(List<Photo> photos) {
        int size = 1 + Integer.BYTES;
        for (Photo photo : photos) {
            size += 4 * Long.BYTES + Short.BYTES + photo.key().value().length();
        }
        ByteBuffer buffer = ByteBuffer.allocate(size).put(FORMAT).putInt(photos.size());
        for (Photo photo : photos) {
            byte[] key = photo.key().value().getBytes(StandardCharsets.US_ASCII);
            buffer.putDouble(photo.point().lon())
                    .putDouble(photo.point().lat())
                    .putDouble(photo.angle().map(CompassAngle::degrees).orElse(NO_ANGLE))
                    .putLong(
                            photo.capturedAt() == null
                                    ? NO_TIME
                                    : photo.capturedAt().toEpochMilli())
                    .putShort((short) key.length)
                    .put(key);
        }
        return buffer.array();
    }

    public static List<Photo> decode(byte[] track) {
        ByteBuffer buffer = ByteBuffer.wrap(track);
        if (buffer.get() != FORMAT) {
            throw new IllegalStateException("a photo track of an unknown format");
        }
        int count = buffer.getInt();
        List<Photo> photos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lon = buffer.getDouble();
            double lat = buffer.getDouble();
            double angle = buffer.getDouble();
            long time = buffer.getLong();
            byte[] key = new byte[buffer.getShort()];
            buffer.get(key);
            photos.add(new Photo(
                    ImageKey.of(new String(key, StandardCharsets.US_ASCII)),
                    GeoPoint.of(lon, lat),
                    Double.isNaN(angle) ? null : CompassAngle.of(angle),
                    time == NO_TIME ? null : Instant.ofEpochMilli(time)));
        }
        return photos;
    }
}
