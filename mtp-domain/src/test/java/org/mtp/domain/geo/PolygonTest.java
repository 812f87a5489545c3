package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.geo.TestAreas.circlePositions;
import static org.mtp.domain.geo.TestAreas.positions;
import static org.mtp.domain.geo.TestAreas.rectangle;
import static org.mtp.domain.geo.TestAreas.rectanglePositions;
import static org.mtp.domain.geo.TestAreas.rectangleRing;
import static org.mtp.domain.geo.TestAreas.squareWithHole;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.ValidationException;

class PolygonTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable building) {
        return assertThatThrownBy(building)
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "area");
    }

    @ParameterizedTest(name = "({0}, {1}) inside: {2}")
    @CsvSource({
        "5, 5, true",
        "0.000001, 9.999999, true",
        "5, 0, true",
        "10, 5, true",
        "5, 10, true",
        "0, 5, true",
        "0, 0, true",
        "10, 10, true",
        "10, 0, true",
        "0, 10, true",
        "-0.000001, 5, false",
        "10.000001, 5, false",
        "5, -0.000001, false",
        "5, 10.000001, false",
        "50, 50, false",
    })
    void containsItsInsideAndItsBoundary(double lon, double lat, boolean expected) {
        assertThat(rectangle(0, 0, 10, 10).contains(GeoPoint.of(lon, lat))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "({0}, {1}) inside: {2}")
    @CsvSource({
        "1, 1, true",
        "2.999999, 5, true",
        "5, 5, false",
        "3.000001, 5, false",
        "6.999999, 6.999999, false",
        "3, 5, true",
        "7, 5, true",
        "5, 3, true",
        "5, 7, true",
        "3, 3, true",
        "7, 7, true",
        "7.000001, 5, true",
    })
    void treatsAHoleAsOutsideButItsEdgeAsInside(double lon, double lat, boolean expected) {
        assertThat(squareWithHole().contains(GeoPoint.of(lon, lat))).isEqualTo(expected);
    }

    @Test
    void checksEveryHole() {
        Polygon polygon =
                Polygon.of(rectangleRing(0, 0, 10, 10), List.of(rectangleRing(1, 1, 3, 3), rectangleRing(6, 6, 8, 8)));
        assertThat(polygon.contains(GeoPoint.of(2, 2))).isFalse();
        assertThat(polygon.contains(GeoPoint.of(7, 7))).isFalse();
        assertThat(polygon.contains(GeoPoint.of(6, 7))).isTrue();
        assertThat(polygon.contains(GeoPoint.of(5, 5))).isTrue();
    }

    @Test
    void describesItsShape() {
        Polygon polygon = squareWithHole();
        assertThat(polygon.shell()).isEqualTo(rectangleRing(0, 0, 10, 10));
        assertThat(polygon.holes()).containsExactly(rectangleRing(3, 3, 7, 7));
        assertThat(polygon.rings()).containsExactly(rectangleRing(0, 0, 10, 10), rectangleRing(3, 3, 7, 7));
        assertThat(polygon.positionCount()).isEqualTo(10);
        assertThat(polygon.bounds()).isEqualTo(new BoundingBox(0, 0, 10, 10));
        assertThat(polygon.polygons()).containsExactly(polygon);
        assertThat(polygon).hasToString("Polygon[10 positions in 2 rings within " + polygon.bounds() + "]");
    }

    @Test
    void isEqualByItsRings() {
        Polygon polygon = squareWithHole();
        assertThat(polygon)
                .isEqualTo(squareWithHole())
                .hasSameHashCodeAs(squareWithHole())
                .isNotEqualTo(rectangle(0, 0, 10, 10))
                .isNotEqualTo(Polygon.of(rectangleRing(0, 0, 10, 11), List.of(rectangleRing(3, 3, 7, 7))))
                .isNotEqualTo(rectangleRing(0, 0, 10, 10));
        assertThat(polygon.hashCode()).isNotEqualTo(rectangle(0, 0, 10, 10).hashCode());
    }

    @Test
    void isBuiltFromCoordinatesShellFirst() {
        Polygon polygon =
                Polygon.ofCoordinates(List.of(rectanglePositions(0, 0, 10, 10), rectanglePositions(3, 3, 7, 7)));
        assertThat(polygon).isEqualTo(squareWithHole());
    }

    @Test
    void rejectsAHoleOutsideItsShell() {
        assertRejected(() -> Polygon.of(rectangleRing(0, 0, 10, 10), List.of(rectangleRing(20, 20, 25, 25))))
                .hasMessage("'area' ring 1 is a hole outside its shell");
    }

    @Test
    void rejectsAHoleAroundItsShell() {
        assertRejected(() -> Polygon.of(rectangleRing(0, 0, 10, 10), List.of(rectangleRing(-5, -5, 15, 15))))
                .hasMessage("'area' ring 1 is a hole outside its shell");
    }

    @Test
    void rejectsAHoleCrossingItsShell() {
        assertRejected(() -> Polygon.of(rectangleRing(0, 0, 10, 10), List.of(rectangleRing(8, 8, 12, 12))))
                .hasMessage("'area' rings 0 and 1 touch or cross");
    }

    @Test
    void rejectsAHoleTouchingItsShell() {
        LinearRing touching = LinearRing.of(positions(5, 0, 7, 2, 3, 2, 5, 0));
        assertRejected(() -> Polygon.of(rectangleRing(0, 0, 10, 10), List.of(touching)))
                .hasMessage("'area' rings 0 and 1 touch or cross");
    }

    @Test
    void rejectsHolesCrossingEachOther() {
        assertRejected(() -> Polygon.of(
                        rectangleRing(0, 0, 10, 10), List.of(rectangleRing(1, 1, 5, 5), rectangleRing(4, 4, 8, 8))))
                .hasMessage("'area' rings 1 and 2 touch or cross");
    }

    @Test
    void rejectsAHoleInsideAnotherHole() {
        assertRejected(() -> Polygon.of(
                        rectangleRing(0, 0, 10, 10), List.of(rectangleRing(2, 2, 8, 8), rectangleRing(4, 4, 6, 6))))
                .hasMessage("'area' rings 1 and 2 are holes that overlap");
        assertRejected(() -> Polygon.of(
                        rectangleRing(0, 0, 10, 10),
                        List.of(rectangleRing(1, 1, 2, 2), rectangleRing(4, 4, 6, 6), rectangleRing(2.5, 2.5, 8, 8))))
                .hasMessage("'area' rings 2 and 3 are holes that overlap");
    }

    @Test
    void acceptsSeparateHoles() {
        Polygon polygon = Polygon.of(
                rectangleRing(0, 0, 10, 10),
                List.of(rectangleRing(1, 1, 2, 2), rectangleRing(4, 4, 6, 6), rectangleRing(7, 7, 8, 8)));
        assertThat(polygon.holes()).hasSize(3);
        assertThat(polygon.positionCount()).isEqualTo(20);
    }

    @Test
    void namesTheBrokenRingByItsIndex() {
        assertRejected(() -> Polygon.ofCoordinates(
                        List.of(rectanglePositions(0, 0, 10, 10), positions(3, 3, 7, 3, 7, 7, 3, 7))))
                .hasMessage(
                        "'area' ring 1 is not closed: its first position (3.0, 3.0) differs from its last (3.0, 7.0)");
        assertRejected(() -> Polygon.ofCoordinates(List.of(positions(0, 0, 10, 10, 10, 0, 0, 10, 0, 0))))
                .hasMessage("'area' ring 0 intersects itself: edges 0 and 2 touch or cross");
        assertRejected(() -> Polygon.ofCoordinates(List.of()))
                .hasMessage("'area' the polygon has no rings; it needs at least its shell");
        assertRejected(() -> Polygon.ofCoordinates(Arrays.asList(rectanglePositions(0, 0, 10, 10), null)))
                .hasMessage("'area' ring 1 is missing");
        assertRejected(() -> Polygon.ofCoordinates(null)).hasMessage("'area' must not be null");
    }

    @Test
    void rejectsMissingRings() {
        assertRejected(() -> Polygon.of(null, List.of())).hasMessage("'area' must not be null");
        assertRejected(() -> Polygon.of(rectangleRing(0, 0, 1, 1), null)).hasMessage("'area' must not be null");
        assertRejected(() -> Polygon.of(rectangleRing(0, 0, 10, 10), Arrays.asList((LinearRing) null)))
                .hasMessage("'area' must not be null");
    }

    @Test
    void holdsAtMostTheAreaLimitOfPositionsInAllRings() {
        List<GeoPoint> shell = circlePositions(0, 0, 5, Limits.AREA_POSITIONS_MAX - 5);
        assertThat(Polygon.of(LinearRing.of(shell), List.of(rectangleRing(-1, -1, 1, 1)))
                        .positionCount())
                .isEqualTo(Limits.AREA_POSITIONS_MAX);
        assertThat(Polygon.ofCoordinates(List.of(shell, rectanglePositions(-1, -1, 1, 1)))
                        .positionCount())
                .isEqualTo(Limits.AREA_POSITIONS_MAX);
        List<GeoPoint> larger = circlePositions(0, 0, 5, Limits.AREA_POSITIONS_MAX - 4);
        assertRejected(() -> Polygon.of(LinearRing.of(larger), List.of(rectangleRing(-1, -1, 1, 1))))
                .hasMessage("'area' the polygon has 10001 positions; at most 10000 are allowed");
        assertRejected(() -> Polygon.ofCoordinates(List.of(larger, rectanglePositions(-1, -1, 1, 1))))
                .hasMessage("'area' the polygon has 10001 positions; at most 10000 are allowed");
    }

    @Test
    void countsOversizedCoordinatesBeforeLookingAtThem() {
        // Not closed either: the size is refused first, before any quadratic check.
        List<GeoPoint> huge =
                circlePositions(0, 0, 5, Limits.AREA_POSITIONS_MAX + 100).subList(0, 10_050);
        assertRejected(() -> Polygon.ofCoordinates(Arrays.asList(huge, null)))
                .hasMessage("'area' the polygon has 10050 positions; at most 10000 are allowed");
    }

    @Test
    void aPointOnTheAntimeridianIsTestedOnBothSides() {
        Polygon east = rectangle(170, -10, 180, 10);
        assertThat(east.contains(GeoPoint.of(180, 5))).isTrue();
        assertThat(east.contains(GeoPoint.of(-180, 5))).isTrue();
        assertThat(east.contains(GeoPoint.of(-180, 20))).isFalse();
        assertThat(east.contains(GeoPoint.of(-179.999, 5))).isFalse();
        Polygon west = rectangle(-180, -10, -170, 10);
        assertThat(west.contains(GeoPoint.of(180, 5))).isTrue();
        assertThat(west.contains(GeoPoint.of(179.999, 5))).isFalse();
        assertThat(rectangle(-10, -10, 10, 10).contains(GeoPoint.of(180, 0))).isFalse();
    }

    @Test
    void rejectsAMissingPoint() {
        assertThatThrownBy(() -> squareWithHole().contains(null)).hasMessage("'point' must not be null");
    }
}
