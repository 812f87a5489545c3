package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Boxes include their boundary and never wrap the antimeridian. */
class BoundingBoxTest {

    private final BoundingBox box = new BoundingBox(10, 40, 12, 42);

    @Test
    void aroundOnePointIsThatPoint() {
        assertThat(BoundingBox.around(List.of(GeoPoint.of(5, -3)))).isEqualTo(new BoundingBox(5, -3, 5, -3));
    }

    @Test
    void aroundManyPointsTakesTheExtremesOfEachAxis() {
        List<GeoPoint> points = List.of(GeoPoint.of(3, 7), GeoPoint.of(-2, 9), GeoPoint.of(1, -4), GeoPoint.of(0, 0));

        assertThat(BoundingBox.around(points)).isEqualTo(new BoundingBox(-2, -4, 3, 9));
    }

    @Test
    void aroundNothingIsRejected() {
        assertThatThrownBy(() -> BoundingBox.around(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'points' must not be empty");
        assertThatThrownBy(() -> BoundingBox.around(null)).extracting("field").isEqualTo("points");
    }

    @ParameterizedTest(name = "({0}, {1}) is inside")
    @CsvSource({"10, 40", "12, 42", "10, 42", "12, 40", "11, 40", "11, 42", "10, 41", "12, 41", "11, 41"})
    void theBoundaryIsInside(double lon, double lat) {
        assertThat(box.contains(GeoPoint.of(lon, lat))).isTrue();
    }

    @ParameterizedTest(name = "({0}, {1}) is outside")
    @CsvSource({"9.999999, 41", "12.000001, 41", "11, 39.999999", "11, 42.000001"})
    void justBeyondEachEdgeIsOutside(double lon, double lat) {
        assertThat(box.contains(GeoPoint.of(lon, lat))).isFalse();
    }

    @ParameterizedTest(name = "touching box {0},{1},{2},{3} intersects")
    @CsvSource({"8, 40, 10, 42", "12, 40, 14, 42", "10, 38, 12, 40", "10, 42, 12, 44", "12, 42, 13, 43"})
    void boxesSharingAnEdgeOrCornerIntersect(double minLon, double minLat, double maxLon, double maxLat) {
        BoundingBox other = new BoundingBox(minLon, minLat, maxLon, maxLat);

        assertThat(box.intersects(other)).isTrue();
        assertThat(other.intersects(box)).isTrue();
    }

    @ParameterizedTest(name = "box {0},{1},{2},{3} is apart")
    @CsvSource({"8, 40, 9.999, 42", "12.001, 40, 14, 42", "10, 38, 12, 39.999", "10, 42.001, 12, 44"})
    void boxesApartOnEitherAxisDoNotIntersect(double minLon, double minLat, double maxLon, double maxLat) {
        BoundingBox other = new BoundingBox(minLon, minLat, maxLon, maxLat);

        assertThat(box.intersects(other)).isFalse();
        assertThat(other.intersects(box)).isFalse();
    }

    @Test
    void aBoxInsideAnotherIntersectsIt() {
        BoundingBox inner = new BoundingBox(10.5, 40.5, 11.5, 41.5);

        assertThat(box.intersects(inner)).isTrue();
        assertThat(inner.intersects(box)).isTrue();
    }

    @Test
    void minimumLongitudeAboveMaximumIsRejectedRatherThanWrapped() {
        assertThatThrownBy(() -> new BoundingBox(170, 0, -170, 1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'bbox' minLon must not be above maxLon");
    }

    @Test
    void minimumLatitudeAboveMaximumIsRejected() {
        assertThatThrownBy(() -> new BoundingBox(0, 1, 1, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'bbox' minLat must not be above maxLat");
    }

    @Test
    void aDegenerateBoxIsAllowed() {
        assertThat(new BoundingBox(1, 2, 1, 2).contains(GeoPoint.of(1, 2))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-180.1, 0, 0, 0, minLon", "0, 0, 180.1, 0, maxLon", "0, -90.1, 0, 0, minLat", "0, 0, 0, 90.1, maxLat"})
    void eachCornerIsRangeChecked(double minLon, double minLat, double maxLon, double maxLat, String field) {
        assertThatThrownBy(() -> new BoundingBox(minLon, minLat, maxLon, maxLat))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo(field);
    }

    @Test
    void theWholeWorldIsAValidBox() {
        BoundingBox world = new BoundingBox(-180, -90, 180, 90);

        assertThat(world.contains(GeoPoint.of(-180, -90))).isTrue();
        assertThat(world.contains(GeoPoint.of(180, 90))).isTrue();
    }
}
