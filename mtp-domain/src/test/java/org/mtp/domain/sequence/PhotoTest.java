package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtp.domain.geo.GeoPoint;

/** Tests: Photos: key, position, optional angle and optional own capture time. */
class PhotoTest {

    private static final ImageKey KEY = ImageKey.of("img1");
    private static final GeoPoint POINT = GeoPoint.of(13.4, 52.5);
    private static final Instant OWN = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant SEQUENCE_TIME = Instant.parse("2024-05-01T07:00:00Z");

    @Test
    void aPhotoWithItsOwnTimeUsesIt() {
        Photo photo = Photo.of(KEY, POINT, null, OWN);

        assertThat(photo.capturedAtOr(SEQUENCE_TIME)).isEqualTo(OWN);
    }

    @Test
    void aPhotoWithoutItsOwnTimeTakesTheSequences() {
        Photo photo = Photo.of(KEY, POINT, null, null);

        assertThat(photo.capturedAt()).isNull();
        assertThat(photo.capturedAtOr(SEQUENCE_TIME)).isEqualTo(SEQUENCE_TIME);
    }

    @Test
    void captureTimeIsKeptToTheMillisecond() {
        Photo photo = Photo.of(KEY, POINT, null, OWN.plusNanos(123_456_789));

        assertThat(photo.capturedAt()).isEqualTo(OWN.plusMillis(123));
    }

    @Test
    void compassAngleIsOptional() {
        assertThat(Photo.of(KEY, POINT, null, OWN).angle()).isEmpty();
        assertThat(Photo.of(KEY, POINT, CompassAngle.of(45), OWN).angle()).contains(CompassAngle.of(45));
    }

    @Test
    void keyAndPointAreRequired() {
        assertThatThrownBy(() -> Photo.of(null, POINT, null, OWN))
                .extracting("field")
                .isEqualTo("image_key");
        assertThatThrownBy(() -> Photo.of(KEY, null, null, OWN))
                .extracting("field")
                .isEqualTo("point");
    }
}
