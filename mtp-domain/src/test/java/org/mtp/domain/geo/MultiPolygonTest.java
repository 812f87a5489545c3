package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.geo.TestAreas.circlePositions;
import static org.mtp.domain.geo.TestAreas.positions;
import static org.mtp.domain.geo.TestAreas.rectangle;
import static org.mtp.domain.geo.TestAreas.rectanglePositions;
import static org.mtp.domain.geo.TestAreas.squareWithHole;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.ValidationException;

class MultiPolygonTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable building) {
        return assertThatThrownBy(building)
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "area");
    }

    private static MultiPolygon twoSquares() {
        return MultiPolygon.of(List.of(squareWithHole(), rectangle(20, 0, 30, 10)));
    }

    @Test
    void containsWhatAnyMemberContains() {
        MultiPolygon area = twoSquares();
        assertThat(area.contains(GeoPoint.of(1, 1))).isTrue();
        assertThat(area.contains(GeoPoint.of(25, 5))).isTrue();
        assertThat(area.contains(GeoPoint.of(20, 10))).isTrue();
        assertThat(area.contains(GeoPoint.of(3, 5))).isTrue();
        assertThat(area.contains(GeoPoint.of(5, 5))).isFalse();
        assertThat(area.contains(GeoPoint.of(15, 5))).isFalse();
        assertThat(area.contains(GeoPoint.of(35, 5))).isFalse();
        assertThat(area.contains(GeoPoint.of(25, 10.000001))).isFalse();
    }

    @Test
    void describesItsShape() {
        MultiPolygon area = twoSquares();
        assertThat(area.polygons()).containsExactly(squareWithHole(), rectangle(20, 0, 30, 10));
        assertThat(area.positionCount()).isEqualTo(15);
        assertThat(area.bounds()).isEqualTo(new BoundingBox(0, 0, 30, 10));
        assertThat(MultiPolygon.of(List.of(rectangle(20, 0, 30, 10), rectangle(-5, -8, 1, 1)))
                        .bounds())
                .isEqualTo(new BoundingBox(-5, -8, 30, 10));
        assertThat(area).hasToString("MultiPolygon[2 polygons, 15 positions within " + area.bounds() + "]");
    }

    @Test
    void isEqualByItsPolygons() {
        assertThat(twoSquares())
                .isEqualTo(twoSquares())
                .hasSameHashCodeAs(twoSquares())
                .isNotEqualTo(MultiPolygon.of(List.of(squareWithHole())))
                .isNotEqualTo(squareWithHole());
        assertThat(twoSquares().hashCode())
                .isNotEqualTo(MultiPolygon.of(List.of(squareWithHole())).hashCode());
    }

    @Test
    void isBuiltFromCoordinates() {
        MultiPolygon area = MultiPolygon.ofCoordinates(List.of(
                List.of(rectanglePositions(0, 0, 10, 10), rectanglePositions(3, 3, 7, 7)),
                List.of(rectanglePositions(20, 0, 30, 10))));
        assertThat(area).isEqualTo(twoSquares());
    }

    @Test
    void membersMayOverlap() {
        MultiPolygon area = MultiPolygon.of(List.of(rectangle(0, 0, 10, 10), rectangle(5, 5, 15, 15)));
        assertThat(area.contains(GeoPoint.of(7, 7))).isTrue();
        assertThat(area.contains(GeoPoint.of(14, 14))).isTrue();
    }

    @Test
    void namesTheBrokenRingAndPolygonByIndex() {
        assertRejected(() -> MultiPolygon.ofCoordinates(List.of(
                        List.of(rectanglePositions(0, 0, 10, 10)), List.of(positions(20, 0, 30, 0, 30, 10, 20, 10)))))
                .hasMessage(
                        "'area' ring 0 of polygon 1 is not closed: its first position (20.0, 0.0) differs from its last"
                                + " (20.0, 10.0)");
        assertRejected(() -> MultiPolygon.ofCoordinates(
                        List.of(List.of(rectanglePositions(0, 0, 10, 10), rectanglePositions(20, 20, 25, 25)))))
                .hasMessage("'area' ring 1 of polygon 0 is a hole outside its shell");
        assertRejected(() -> MultiPolygon.ofCoordinates(List.of(
                        List.of(rectanglePositions(0, 0, 10, 10)),
                        List.of(rectanglePositions(20, 0, 30, 10)),
                        List.of(
                                rectanglePositions(40, 0, 50, 10),
                                rectanglePositions(41, 1, 45, 5),
                                rectanglePositions(42, 2, 43, 3)))))
                .hasMessage("'area' rings 1 and 2 of polygon 2 are holes that overlap");
        assertRejected(() -> MultiPolygon.ofCoordinates(
                        List.of(List.of(rectanglePositions(0, 0, 10, 10), rectanglePositions(5, 5, 15, 15)))))
                .hasMessage("'area' rings 0 and 1 of polygon 0 touch or cross");
        assertRejected(() -> MultiPolygon.ofCoordinates(List.of(List.of())))
                .hasMessage("'area' polygon 0 has no rings; it needs at least its shell");
        assertRejected(() -> MultiPolygon.ofCoordinates(List.of(List.of(rectanglePositions(0, 0, 10, 10)), List.of())))
                .hasMessage("'area' polygon 1 has no rings; it needs at least its shell");
        assertRejected(() -> MultiPolygon.ofCoordinates(Arrays.asList(List.of(rectanglePositions(0, 0, 10, 10)), null)))
                .hasMessage("'area' polygon 1 has no rings; it needs at least its shell");
    }

    @Test
    void rejectsAnAreaCrossingTheAntimeridianAndAcceptsItSplit() {
        assertRejected(() -> MultiPolygon.ofCoordinates(
                        List.of(List.of(positions(170, -10, -170, -10, -170, 10, 170, 10, 170, -10)))))
                .hasMessage(
                        "'area' ring 0 of polygon 0 crosses the antimeridian between positions 0 and 1 (longitude jumps"
                                + " by more than 180 degrees); split the area at longitude 180 into two polygons");
        MultiPolygon split = MultiPolygon.of(List.of(rectangle(170, -10, 180, 10), rectangle(-180, -10, -170, 10)));
        assertThat(split.contains(GeoPoint.of(175, 0))).isTrue();
        assertThat(split.contains(GeoPoint.of(-175, 0))).isTrue();
        assertThat(split.contains(GeoPoint.of(180, 0))).isTrue();
        assertThat(split.contains(GeoPoint.of(-180, 0))).isTrue();
        assertThat(split.contains(GeoPoint.of(0, 0))).isFalse();
        assertThat(MultiPolygon.of(List.of(rectangle(170, -10, 180, 10))).contains(GeoPoint.of(-180, 0)))
                .isTrue();
        assertThat(MultiPolygon.of(List.of(rectangle(170, -10, 180, 10))).contains(GeoPoint.of(-180, 11)))
                .isFalse();
    }

    @Test
    void rejectsAnEmptyOrMissingList() {
        assertRejected(() -> MultiPolygon.of(List.of()))
                .hasMessage("'area' the multipolygon has no polygons; it needs at least one");
        assertRejected(() -> MultiPolygon.ofCoordinates(List.of()))
                .hasMessage("'area' the multipolygon has no polygons; it needs at least one");
        assertRejected(() -> MultiPolygon.of(null)).hasMessage("'area' must not be null");
        assertRejected(() -> MultiPolygon.of(Arrays.asList(squareWithHole(), null)))
                .hasMessage("'area' must not be null");
    }

    @Test
    void holdsAtMostTheAreaLimitOfPositionsInAllPolygons() {
        int half = Limits.AREA_POSITIONS_MAX / 2;
        Polygon west = Polygon.ofCoordinates(List.of(circlePositions(0, 0, 1, half)));
        Polygon east = Polygon.ofCoordinates(List.of(circlePositions(5, 0, 1, half)));
        Polygon eastPlusOne = Polygon.ofCoordinates(List.of(circlePositions(5, 0, 1, half + 1)));
        assertThat(MultiPolygon.of(List.of(west, east)).positionCount()).isEqualTo(Limits.AREA_POSITIONS_MAX);
        assertRejected(() -> MultiPolygon.of(List.of(west, eastPlusOne)))
                .hasMessage("'area' the multipolygon has 10001 positions; at most 10000 are allowed");
        assertThat(MultiPolygon.ofCoordinates(List.of(
                                List.of(circlePositions(0, 0, 1, half)), List.of(circlePositions(5, 0, 1, half))))
                        .positionCount())
                .isEqualTo(Limits.AREA_POSITIONS_MAX);
        assertRejected(() -> MultiPolygon.ofCoordinates(List.of(
                        List.of(circlePositions(0, 0, 1, half)),
                        List.of(circlePositions(5, 0, 1, half), rectanglePositions(4.9, -0.1, 5.1, 0.1)))))
                .hasMessage("'area' the multipolygon has 10005 positions; at most 10000 are allowed");
    }
}
