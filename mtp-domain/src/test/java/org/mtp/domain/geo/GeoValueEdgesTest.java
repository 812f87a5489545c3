package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.common.ValidationException;

/** Edges of the geo values the challenge rules rest on: boxes, whole-metre distances and the haversine. */
class GeoValueEdgesTest {

    @Test
    void aBoxWithMinAboveMaxIsRejectedAndAFlatOneIsNot() {
        assertThatThrownBy(() -> new BoundingBox(10, 0, 9.999, 1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'bbox' minLon must not be above maxLon");
        assertThatThrownBy(() -> new BoundingBox(0, 1, 1, 0.999)).hasMessage("'bbox' minLat must not be above maxLat");
        assertThat(new BoundingBox(5, 5, 5, 5).contains(GeoPoint.of(5, 5))).isTrue();
        assertThatThrownBy(() -> new BoundingBox(-180.001, 0, 0, 1)).hasFieldOrPropertyWithValue("field", "minLon");
    }

    @ParameterizedTest(name = "({0}, {1}) in (0,0)..(10,5): {2}")
    @CsvSource({
        "0,0,true",
        "10,5,true",
        "5,2,true",
        "-0.001,2,false",
        "10.001,2,false",
        "5,-0.001,false",
        "5,5.001,false"
    })
    void aBoxContainsItsBoundary(double lon, double lat, boolean expected) {
        assertThat(new BoundingBox(0, 0, 10, 5).contains(GeoPoint.of(lon, lat))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "(0,0)..(10,10) meets ({0},{1})..({2},{3}): {4}")
    @CsvSource({
        "10,10,20,20,true",
        "5,5,6,6,true",
        "-5,-5,0,0,true",
        "10.001,0,20,10,false",
        "0,10.001,10,20,false",
        "-5,0,-0.001,10,false",
        "0,-5,10,-0.001,false"
    })
    void boxesIntersectWhenTheyShareAPoint(
            double minLon, double minLat, double maxLon, double maxLat, boolean expected) {
        BoundingBox box = new BoundingBox(0, 0, 10, 10);
        BoundingBox other = new BoundingBox(minLon, minLat, maxLon, maxLat);
        assertThat(box.intersects(other)).isEqualTo(expected);
        assertThat(other.intersects(box)).isEqualTo(expected);
    }

    @Test
    void aBoxAroundPointsNeedsAtLeastOne() {
        assertThat(BoundingBox.around(List.of(GeoPoint.of(3, -1), GeoPoint.of(-2, 4))))
                .isEqualTo(new BoundingBox(-2, -1, 3, 4));
        assertThatThrownBy(() -> BoundingBox.around(List.of())).hasMessage("'points' must not be empty");
        assertThatThrownBy(() -> BoundingBox.around(null)).hasMessage("'points' must not be empty");
    }

    @Test
    void distancesAreWholeMetresRoundedHalfUp() {
        assertThat(Distance.ofKm(1.2344).metres()).isEqualTo(1_234);
        assertThat(Distance.ofKm(1.2345).metres()).isEqualTo(1_235);
        assertThat(Distance.ofKm(0).metres()).isZero();
        assertThat(Distance.ofMetres(1_500).km()).isEqualTo(1.5);
        assertThat(Distance.ofMetres(2).plus(Distance.ofMetres(3))).isEqualTo(Distance.ofMetres(5));
        assertThat(Distance.ofMetres(2)).isLessThan(Distance.ofMetres(3)).isGreaterThan(Distance.ZERO);
        assertThat(Distance.ofMetres(2).compareTo(Distance.ofMetres(2))).isZero();
    }

    @Test
    void aDistanceIsNeverNegativeNorInfinite() {
        assertThatThrownBy(() -> Distance.ofMetres(-1)).hasMessage("'metres' must not be negative");
        assertThatThrownBy(() -> Distance.ofKm(-0.001)).hasMessage("'km' must be a finite length");
        assertThatThrownBy(() -> Distance.ofKm(Double.NaN)).hasMessage("'km' must be a finite length");
        assertThatThrownBy(() -> Distance.ofKm(Double.POSITIVE_INFINITY)).hasMessage("'km' must be a finite length");
    }

    @Test
    void haversineMatchesTheReferenceVectors() {
        GeoPoint origin = GeoPoint.of(0, 0);
        assertThat(Haversine.km(origin, GeoPoint.of(0, 1))).isCloseTo(111.19508, within(0.00001));
        assertThat(Haversine.km(origin, GeoPoint.of(1, 0))).isCloseTo(111.19508, within(0.00001));
        assertThat(Haversine.trackKm(List.of(origin, GeoPoint.of(0, 1), GeoPoint.of(0, 2))))
                .isCloseTo(222.390, within(0.0005));
        assertThat(Haversine.km(GeoPoint.of(2.3522, 48.8566), GeoPoint.of(-0.1276, 51.5072)))
                .isCloseTo(343.5, withinPercentage(0.5));
        assertThat(Haversine.km(GeoPoint.of(1, 1), GeoPoint.of(2, 1)) * 1000).isCloseTo(111_178.144, within(0.001));
        assertThat(Haversine.trackKm(List.of(origin))).isZero();
    }
}
