package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Positions are (lon, lat) in WGS84 degrees, both bounds included. */
class GeoPointTest {

    @ParameterizedTest
    @CsvSource({"-180, -90", "180, 90", "-180, 90", "180, -90", "0, 0", "2.3522, 48.8566"})
    void longitudeAndLatitudeIncludeTheirBounds(double lon, double lat) {
        GeoPoint p = GeoPoint.of(lon, lat);

        assertThat(p.lon()).isEqualTo(lon);
        assertThat(p.lat()).isEqualTo(lat);
        assertThat(p).isEqualTo(new GeoPoint(lon, lat));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-180.000001, 180.000001, Double.NaN, Double.POSITIVE_INFINITY})
    void longitudeOutsideItsRangeIsRejected(double lon) {
        assertThatThrownBy(() -> GeoPoint.of(lon, 0))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("lon");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-90.000001, 90.000001, Double.NaN, Double.NEGATIVE_INFINITY})
    void latitudeOutsideItsRangeIsRejected(double lat) {
        assertThatThrownBy(() -> GeoPoint.of(0, lat))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("lat");
    }

    @Test
    void latitudeIsNotCheckedAgainstTheLongitudeRange() {
        assertThatThrownBy(() -> GeoPoint.of(0, 120)).extracting("field").isEqualTo("lat");
        assertThat(GeoPoint.of(120, 0).lon()).isEqualTo(120);
    }
}
