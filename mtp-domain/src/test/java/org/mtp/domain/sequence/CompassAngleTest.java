package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Compass angles run from 0 inclusive to 360 exclusive. */
class CompassAngleTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.001, 90.0, 180.5, 359.999})
    void zeroUpToJustBelow360IsAccepted(double degrees) {
        assertThat(CompassAngle.of(degrees).degrees()).isEqualTo(degrees);
    }

    @ParameterizedTest
    @ValueSource(doubles = {360.0, 360.001, -0.001, -90.0, Double.NaN, Double.POSITIVE_INFINITY})
    void fullTurnAndAboveNegativeAndNaNAreRejected(double degrees) {
        assertThatThrownBy(() -> CompassAngle.of(degrees))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'compass_angle' must be at least 0 and below 360, was " + degrees);
    }
}
