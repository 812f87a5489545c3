package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests: Great-circle distances on the IUGG mean radius, every segment counted. */
class HaversineTest {

    private static final GeoPoint ORIGIN = GeoPoint.of(0, 0);
    private static final GeoPoint ONE_NORTH = GeoPoint.of(0, 1);
    private static final GeoPoint TWO_NORTH = GeoPoint.of(0, 2);
    private static final GeoPoint PARIS = GeoPoint.of(2.3522, 48.8566);
    private static final GeoPoint LONDON = GeoPoint.of(-0.1276, 51.5072);

    @Test
    void usesTheIuggMeanEarthRadius() {
        assertThat(Haversine.EARTH_MEAN_RADIUS_KM).isEqualTo(6371.0088);
    }

    @Test
    void oneDegreeOfLatitudeIs111point195Km() {
        assertThat(Haversine.km(ORIGIN, ONE_NORTH)).isCloseTo(111.195080, within(1e-6));
    }

    @Test
    void oneDegreeOfLongitudeOnTheEquatorIsTheSame() {
        assertThat(Haversine.km(ORIGIN, GeoPoint.of(1, 0))).isCloseTo(111.195080, within(1e-6));
    }

    @Test
    void aDegreeOfLongitudeShrinksWithTheCosineOfLatitude() {
        assertThat(Haversine.km(GeoPoint.of(0, 60), GeoPoint.of(1, 60))).isCloseTo(55.597011, within(1e-6));
    }

    @Test
    void aDiagonalStepMixesBothTerms() {
        assertThat(Haversine.km(GeoPoint.of(10, 45), GeoPoint.of(11, 46))).isCloseTo(135.786278, within(1e-6));
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertThat(Haversine.km(PARIS, LONDON)).isEqualTo(Haversine.km(LONDON, PARIS));
        assertThat(Haversine.km(PARIS, PARIS)).isZero();
    }

    @Test
    void halfwayRoundTheEquatorIsPiTimesTheRadius() {
        assertThat(Haversine.km(ORIGIN, GeoPoint.of(180, 0))).isCloseTo(Math.PI * 6371.0088, within(1e-6));
    }

    @Test
    void parisToLondonIsAbout343point5Km() {
        assertThat(Haversine.km(PARIS, LONDON)).isCloseTo(343.5, withinPercentage(0.5));
        assertThat(Haversine.km(PARIS, LONDON)).isCloseTo(343.530340, within(1e-6));
    }

    @Test
    void theReferenceTestVectorCountsEverySegment() {
        double km = Haversine.trackKm(List.of(ORIGIN, ONE_NORTH, TWO_NORTH));

        assertThat(km).isCloseTo(222.390, within(0.0005));
        assertThat(km).isCloseTo(222.390160, within(1e-6));
    }

    @Test
    void aTwoPointTrackIsOneSegment() {
        assertThat(Haversine.trackKm(List.of(ORIGIN, ONE_NORTH))).isCloseTo(111.195, within(0.0005));
    }

    @Test
    void aOnePointTrackIsZero() {
        assertThat(Haversine.trackKm(List.of(PARIS))).isZero();
    }

    @Test
    void anEmptyTrackIsZero() {
        assertThat(Haversine.trackKm(List.of())).isZero();
    }

    @Test
    void goingBackAndForthCountsBothWays() {
        assertThat(Haversine.trackKm(List.of(ORIGIN, ONE_NORTH, ORIGIN))).isCloseTo(222.390160, within(1e-6));
    }
}
