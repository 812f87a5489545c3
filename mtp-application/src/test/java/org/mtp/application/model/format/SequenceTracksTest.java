package org.mtp.application.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;

/** The rule every GeoJSON download follows: a LineString only with two distinct positions, else a Point. */
class SequenceTracksTest {

    private static Photo photo(String key, double lon, double lat) {
        return Photo.of(ImageKey.of(key), GeoPoint.of(lon, lat), CompassAngle.of(0), Instant.EPOCH);
    }

    @Test
    void noPhotoHasNoGeometry() {
        assertThat(SequenceTracks.geometryType(List.of())).isNull();
    }

    @Test
    void onePhotoIsAPoint() {
        assertThat(SequenceTracks.geometryType(List.of(photo("a", 1, 2)))).isEqualTo("Point");
    }

    @Test
    void twoPhotosAtOnePositionAreAPoint() {
        assertThat(SequenceTracks.geometryType(List.of(photo("a", 1, 2), photo("b", 1, 2))))
                .isEqualTo("Point");
    }

    @Test
    void positionsThatDifferOnlyInTheSignOfZeroAreOnePosition() {
        assertThat(SequenceTracks.geometryType(List.of(photo("a", 0.0, -0.0), photo("b", -0.0, 0.0))))
                .isEqualTo("Point");
    }

    @Test
    void twoDistinctPositionsAreALineString() {
        assertThat(SequenceTracks.geometryType(List.of(photo("a", 1, 2), photo("b", 1, 2.000001))))
                .isEqualTo("LineString");
    }

    @Test
    void manyPhotosOfWhichOnlyTheLastMovesAreALineString() {
        assertThat(SequenceTracks.geometryType(
                        List.of(photo("a", 1, 2), photo("b", 1, 2), photo("c", 1, 2), photo("d", 3, 2))))
                .isEqualTo("LineString");
    }
}
