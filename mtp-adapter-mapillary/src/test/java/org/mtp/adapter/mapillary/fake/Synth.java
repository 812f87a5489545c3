package org.mtp.adapter.mapillary.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.sequence.Photo;

/** Synthetic test data in the documented shapes: accounts, tokens, sequences near 10°E/50°N. */
public final class Synth {

    public static final MapillaryUser WALKER = new MapillaryUser(MapillaryUserId.of("100000000000001"), "synth_walker");
    public static final MapillaryToken WALKER_TOKEN = MapillaryToken.of("MLYsynthUserToken0001");
    public static final MapillaryUser RIDER = new MapillaryUser(MapillaryUserId.of("100000000000002"), "synth_rider");
    public static final MapillaryToken RIDER_TOKEN = MapillaryToken.of("MLYsynthUserToken0002");
    public static final Instant T0 = Instant.parse("2020-05-01T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Synth() {}

    /** A sequence of {@code count} photos {@code stepMillis} apart with numeric ids from {@code firstId}. */
    public static MapillarySequence sequence(
            String key, MapillaryUser owner, Instant start, int count, long stepMillis, long firstId) {
        List<Photo> photos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            photos.add(Photo.of(
                    ImageKey.of(Long.toString(firstId + i)),
                    GeoPoint.of(10.0 + i * 1e-5, 50.0 + i * 1e-5),
                    CompassAngle.of((i * 7) % 360),
                    start.plusMillis(i * stepMillis)));
        }
        return new MapillarySequence(
                MapillarySequenceKey.of(key),
                owner,
                CameraMake.of("SynthCam"),
                CameraModel.of("S1"),
                false,
                null,
                null,
                photos);
    }
}
