package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentTest {

    @ParameterizedTest(name = "({0},{1})-({2},{3}) vs ({4},{5})-({6},{7}) -> {8}")
    @CsvSource({
        // proper crossing
        "0,0, 10,10, 0,10, 10,0, true",
        // an end touching the other's interior (T-junction), both ways round
        "0,0, 10,0, 5,0, 5,5, true",
        "5,5, 5,0, 0,0, 10,0, true",
        "0,0, 10,0, 5,5, 5,0, true",
        "5,0, 5,5, 0,0, 10,0, true",
        // sharing an end only
        "0,0, 10,0, 10,0, 10,5, true",
        // collinear overlap, containment and end-to-end touch
        "0,0, 10,0, 5,0, 15,0, true",
        "0,0, 10,0, 2,0, 3,0, true",
        "2,0, 3,0, 0,0, 10,0, true",
        "0,0, 10,0, 10,0, 20,0, true",
        "0,0, 0,10, 0,4, 0,-4, true",
        // collinear but apart, along either axis
        "0,0, 10,0, 11,0, 20,0, false",
        "11,0, 20,0, 0,0, 10,0, false",
        "0,0, 0,10, 0,11, 0,20, false",
        "1,1, 2,2, 3,3, 4,4, false",
        // parallel
        "0,0, 10,0, 0,1, 10,1, false",
        // the line of one crosses the other, but the segments miss
        "0,0, 10,0, 5,1, 5,5, false",
        "5,1, 5,5, 0,0, 10,0, false",
        "0,0, 10,10, 11,0, 20,-5, false",
        // both ends of one within the other's box, off its line, on one side of it
        "0,0, 10,10, 5,1, 6,0, false",
    })
    void knowsWhetherTwoSegmentsShareAPoint(
            double a1, double a2, double a3, double a4, double b1, double b2, double b3, double b4, boolean expected) {
        Segment a = Segment.of(GeoPoint.of(a1, a2), GeoPoint.of(a3, a4));
        Segment b = Segment.of(GeoPoint.of(b1, b2), GeoPoint.of(b3, b4));
        assertThat(a.intersects(b)).isEqualTo(expected);
        assertThat(b.intersects(a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "({0},{1}) on (0,0)-(10,5): {2}")
    @CsvSource({
        "0,0, true",
        "10,5, true",
        "4,2, true",
        "4,2.000001, false",
        "4,1.999999, false",
        "12,6, false",
        "-2,-1, false",
    })
    void containsThePointsOnIt(double lon, double lat, boolean expected) {
        Segment segment = Segment.of(GeoPoint.of(0, 0), GeoPoint.of(10, 5));
        assertThat(segment.contains(GeoPoint.of(lon, lat))).isEqualTo(expected);
    }

    @Test
    void containsOnAVerticalAndAHorizontalSegment() {
        Segment vertical = Segment.of(GeoPoint.of(3, 10), GeoPoint.of(3, 0));
        assertThat(vertical.contains(GeoPoint.of(3, 0))).isTrue();
        assertThat(vertical.contains(GeoPoint.of(3, 10))).isTrue();
        assertThat(vertical.contains(GeoPoint.of(3, 10.000001))).isFalse();
        assertThat(vertical.contains(GeoPoint.of(3, -0.000001))).isFalse();
        assertThat(vertical.contains(GeoPoint.of(3.000001, 5))).isFalse();
        Segment horizontal = Segment.of(GeoPoint.of(10, 3), GeoPoint.of(0, 3));
        assertThat(horizontal.contains(GeoPoint.of(0, 3))).isTrue();
        assertThat(horizontal.contains(GeoPoint.of(-0.000001, 3))).isFalse();
        assertThat(horizontal.contains(GeoPoint.of(10.000001, 3))).isFalse();
    }

    @ParameterizedTest(name = "(0,0)->(10,0)->({0},{1}) folds back: {2}")
    @CsvSource({
        "5,0, true",
        "0,0, true",
        "-5,0, true",
        "20,0, false",
        "10,5, false",
        "5,0.000001, false",
    })
    void knowsWhenTheNextSegmentRunsBackOverIt(double lon, double lat, boolean expected) {
        Segment first = Segment.of(GeoPoint.of(0, 0), GeoPoint.of(10, 0));
        Segment next = Segment.of(GeoPoint.of(10, 0), GeoPoint.of(lon, lat));
        assertThat(first.foldsBackOnto(next)).isEqualTo(expected);
    }

    @Test
    void verticalSegmentsFoldBackToo() {
        Segment up = Segment.of(GeoPoint.of(1, 0), GeoPoint.of(1, 10));
        assertThat(up.foldsBackOnto(Segment.of(GeoPoint.of(1, 10), GeoPoint.of(1, 4))))
                .isTrue();
        assertThat(up.foldsBackOnto(Segment.of(GeoPoint.of(1, 10), GeoPoint.of(1, 14))))
                .isFalse();
    }

    @Test
    void exposesItsExtent() {
        Segment segment = Segment.of(GeoPoint.of(7, -2), GeoPoint.of(-3, 4));
        assertThat(segment.minLon()).isEqualTo(-3.0);
        assertThat(segment.maxLon()).isEqualTo(7.0);
        assertThat(segment.minLat()).isEqualTo(-2.0);
        assertThat(segment.maxLat()).isEqualTo(4.0);
    }

    @Test
    void rejectsMissingEnds() {
        assertThatThrownBy(() -> Segment.of(null, GeoPoint.of(0, 0))).hasMessage("'start' must not be null");
        assertThatThrownBy(() -> Segment.of(GeoPoint.of(0, 0), null)).hasMessage("'end' must not be null");
    }
}
