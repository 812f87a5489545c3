package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.geo.TestAreas.circlePositions;
import static org.mtp.domain.geo.TestAreas.positions;
import static org.mtp.domain.geo.TestAreas.rectanglePositions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.ValidationException;

class LinearRingTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(List<GeoPoint> positions) {
        return assertThatThrownBy(() -> LinearRing.of(positions))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "area");
    }

    @Test
    void keepsAValidRingAsGiven() {
        LinearRing ring = LinearRing.of(rectanglePositions(0, 0, 10, 5));
        assertThat(ring.positions()).containsExactlyElementsOf(rectanglePositions(0, 0, 10, 5));
        assertThat(ring.positionCount()).isEqualTo(5);
        assertThat(ring.bounds()).isEqualTo(new BoundingBox(0, 0, 10, 5));
        assertThat(ring.edges())
                .containsExactly(
                        Segment.of(GeoPoint.of(0, 0), GeoPoint.of(10, 0)),
                        Segment.of(GeoPoint.of(10, 0), GeoPoint.of(10, 5)),
                        Segment.of(GeoPoint.of(10, 5), GeoPoint.of(0, 5)),
                        Segment.of(GeoPoint.of(0, 5), GeoPoint.of(0, 0)));
    }

    @Test
    void acceptsClockwiseRingsAndTriangles() {
        assertThat(LinearRing.of(positions(0, 0, 0, 10, 10, 10, 10, 0, 0, 0)).positionCount())
                .isEqualTo(5);
        assertThat(LinearRing.of(positions(0, 0, 10, 0, 5, 8, 0, 0)).positionCount())
                .isEqualTo(4);
    }

    @Test
    void doesNotShareTheCallersList() {
        List<GeoPoint> positions = new ArrayList<>(rectanglePositions(0, 0, 1, 1));
        LinearRing ring = LinearRing.of(positions);
        positions.set(1, GeoPoint.of(5, 5));
        assertThat(ring.positions().get(1)).isEqualTo(GeoPoint.of(1, 0));
        assertThatThrownBy(() -> ring.positions().add(GeoPoint.of(0, 0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void closingWithNegativeZeroCounts() {
        assertThat(LinearRing.of(positions(0.0, 0, 1, 0, 1, 1, -0.0, 0)).positionCount())
                .isEqualTo(4);
    }

    @Test
    void rejectsAnUnclosedRing() {
        assertRejected(positions(0, 0, 10, 0, 10, 10, 0, 10))
                .hasMessage(
                        "'area' the ring is not closed: its first position (0.0, 0.0) differs from its last (0.0, 10.0)");
        assertRejected(positions(0, 0, 10, 0, 10, 10, 0, 0.5)).hasMessageContaining("is not closed");
        assertRejected(positions(0, 0, 10, 0, 10, 10, 0.5, 0)).hasMessageContaining("is not closed");
    }

    @Test
    void needsFourPositions() {
        assertRejected(positions(0, 0, 10, 0, 0, 0))
                .hasMessage("'area' the ring has 3 positions; a ring needs at least 4");
        assertRejected(List.of()).hasMessage("'area' the ring has 0 positions; a ring needs at least 4");
    }

    @Test
    void rejectsMissingPositions() {
        assertRejected(null).hasMessage("'area' must not be null");
        List<GeoPoint> withGap = new ArrayList<>(rectanglePositions(0, 0, 1, 1));
        withGap.set(2, null);
        assertRejected(withGap).hasMessage("'area' the ring has no position at index 2");
    }

    @Test
    void rejectsARepeatedPosition() {
        assertRejected(positions(0, 0, 10, 0, 10, 0, 10, 10, 0, 10, 0, 0))
                .hasMessage("'area' the ring repeats position (10.0, 0.0) at index 2");
        assertRejected(positions(0, 0, 10, 0, 10, 10, 0, 10, 0, 0, 0, 0))
                .hasMessage("'area' the ring repeats position (0.0, 0.0) at index 5");
    }

    @Test
    void rejectsABowTie() {
        assertRejected(positions(0, 0, 10, 10, 10, 0, 0, 10, 0, 0))
                .hasMessage("'area' the ring intersects itself: edges 0 and 2 touch or cross");
    }

    @Test
    void rejectsARingTouchingItselfAtAVertex() {
        // A figure of eight through (2, 2).
        assertRejected(positions(0, 0, 4, 0, 2, 2, 4, 4, 0, 4, 2, 2, 0, 0))
                .hasMessageStartingWith("'area' the ring intersects itself: edges ");
    }

    @Test
    void rejectsAVertexTouchingAnotherEdge() {
        assertRejected(positions(0, 0, 10, 0, 10, 10, 5, 0, 0, 10, 0, 0))
                .hasMessageStartingWith("'area' the ring intersects itself: edges 0 and ");
    }

    @Test
    void rejectsACollinearOverlapOfEdgesApart() {
        // Edge 4 runs back along edge 0, from (8,0) to (2,0).
        assertRejected(positions(0, 0, 10, 0, 10, 5, 8, 5, 8, 0, 2, 0, 2, 5, 0, 5, 0, 0))
                .hasMessageStartingWith("'area' the ring intersects itself: edges 0 and ");
    }

    @Test
    void rejectsARingRunningBackOverItself() {
        assertRejected(positions(0, 0, 10, 0, 10, 10, 10, 5, 0, 10, 0, 0))
                .hasMessage("'area' the ring runs back over itself at position (10.0, 10.0)");
    }

    @Test
    void rejectsAFlatTriangle() {
        assertRejected(positions(0, 0, 1, 0, 2, 0, 0, 0))
                .hasMessage("'area' the ring runs back over itself at position (2.0, 0.0)");
        assertRejected(positions(0, 0, 2, 0, 1, 0, 0, 0))
                .hasMessage("'area' the ring runs back over itself at position (2.0, 0.0)");
    }

    @Test
    void rejectsAFoldAtTheClosingPosition() {
        // The last edge runs back over the first one through the closing position (0,0).
        assertRejected(positions(0, 0, 10, 0, 10, 10, 5, 0, 0, 0))
                .hasMessage("'area' the ring runs back over itself at position (0.0, 0.0)");
    }

    @Test
    void acceptsAStraightContinuationThroughTheClosingPosition() {
        assertThat(LinearRing.of(positions(0, 0, 10, 0, 10, 10, -5, 0, 0, 0)).positionCount())
                .isEqualTo(5);
    }

    @Test
    void acceptsNeighboursThatContinueStraight() {
        assertThat(LinearRing.of(positions(0, 0, 5, 0, 10, 0, 10, 10, 0, 10, 0, 5, 0, 0))
                        .positionCount())
                .isEqualTo(7);
    }

    @ParameterizedTest(name = "edge from {0} to {1}")
    @CsvSource({"170, -170", "-170, 170", "180, -180", "-0.000001, 180", "0.000001, -180"})
    void rejectsAnEdgeThatWouldWrapAcrossTheAntimeridian(double westLon, double eastLon) {
        assertRejected(positions(westLon, 0, eastLon, 0, eastLon, 10, westLon, 10, westLon, 0))
                .hasMessage(
                        "'area' the ring crosses the antimeridian between positions 0 and 1 (longitude jumps by more than"
                                + " 180 degrees); split the area at longitude 180 into two polygons");
    }

    @ParameterizedTest(name = "edge from {0} to {1}")
    @CsvSource({"0, 180", "-180, 0", "0, -180", "179, 180", "-179.5, 0.5"})
    void acceptsEdgesSpanningUpToHalfTheGlobe(double westLon, double eastLon) {
        assertThat(LinearRing.of(positions(westLon, 0, eastLon, 0, eastLon, 10, westLon, 10, westLon, 0))
                        .positionCount())
                .isEqualTo(5);
    }

    @Test
    void reportsTheAntimeridianEdgeWhereverItIs() {
        assertRejected(positions(170, 0, 175, 0, 175, 10, -175, 10, 170, 0))
                .hasMessageContaining("between positions 2 and 3");
    }

    @Test
    void holdsAtMostTheAreaLimitOfPositions() {
        assertThat(LinearRing.of(circlePositions(5, 5, 1, Limits.AREA_POSITIONS_MAX))
                        .positionCount())
                .isEqualTo(Limits.AREA_POSITIONS_MAX);
        assertRejected(circlePositions(5, 5, 1, Limits.AREA_POSITIONS_MAX + 1))
                .hasMessage("'area' the ring has 10001 positions; at most 10000 are allowed");
    }

    @Test
    void locatesPointsInsideOnAndOutside() {
        LinearRing ring = LinearRing.of(positions(5, 0, 10, 5, 5, 10, 0, 5, 5, 0));
        assertThat(ring.locate(GeoPoint.of(5, 5))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(2, 5))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(9.9, 5))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(7.5, 2.6))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(7.5, 2.5))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(0, 5))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(10, 5))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(5, 0))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(5, 10))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(7.5, 2.4))).isEqualTo(RingLocation.OUTSIDE);
        assertThat(ring.locate(GeoPoint.of(1, 1))).isEqualTo(RingLocation.OUTSIDE);
        assertThat(ring.locate(GeoPoint.of(9, 9))).isEqualTo(RingLocation.OUTSIDE);
        assertThat(ring.locate(GeoPoint.of(11, 5))).isEqualTo(RingLocation.OUTSIDE);
    }

    @Test
    void locatesAroundHorizontalEdgesAndReflexVertices() {
        // A U: the notch (3..7, 3..10) is outside.
        LinearRing ring = LinearRing.of(positions(0, 0, 10, 0, 10, 10, 7, 10, 7, 3, 3, 3, 3, 10, 0, 10, 0, 0));
        assertThat(ring.locate(GeoPoint.of(5, 5))).isEqualTo(RingLocation.OUTSIDE);
        assertThat(ring.locate(GeoPoint.of(5, 10))).isEqualTo(RingLocation.OUTSIDE);
        assertThat(ring.locate(GeoPoint.of(1, 3))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(8, 3))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(1, 10))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(5, 3))).isEqualTo(RingLocation.BOUNDARY);
        assertThat(ring.locate(GeoPoint.of(5, 2.999999))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(1, 9))).isEqualTo(RingLocation.INSIDE);
        assertThat(ring.locate(GeoPoint.of(8, 9))).isEqualTo(RingLocation.INSIDE);
    }

    @Test
    void isEqualByItsPositions() {
        LinearRing ring = LinearRing.of(rectanglePositions(0, 0, 1, 1));
        LinearRing same = LinearRing.of(rectanglePositions(0, 0, 1, 1));
        LinearRing other = LinearRing.of(rectanglePositions(0, 0, 1, 2));
        assertThat(ring)
                .isEqualTo(same)
                .hasSameHashCodeAs(same)
                .isNotEqualTo(other)
                .isNotEqualTo("ring");
        assertThat(ring.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(ring)
                .hasToString(
                        "LinearRing[5 positions within BoundingBox[minLon=0.0, minLat=0.0, maxLon=1.0, maxLat=1.0]]");
    }

    @Test
    void givenAsAnArrayListWithNullsTheMessageNamesTheIndex() {
        List<GeoPoint> positions = Arrays.asList(null, GeoPoint.of(1, 0), GeoPoint.of(1, 1), GeoPoint.of(0, 0));
        assertRejected(positions).hasMessage("'area' the ring has no position at index 0");
    }
}
