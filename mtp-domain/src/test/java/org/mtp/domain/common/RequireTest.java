package org.mtp.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests: Argument checks fail with a ValidationException naming the field, bounds included. */
class RequireTest {

    @Test
    void notNullReturnsTheValue() {
        Object value = new Object();

        assertThat(Require.notNull("thing", value)).isSameAs(value);
    }

    @Test
    void notNullRejectsNullNamingTheField() {
        assertThatThrownBy(() -> Require.notNull("thing", null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'thing' must not be null")
                .extracting("field")
                .isEqualTo("thing");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void intInRangeIncludesBothBounds(int value) {
        assertThat(Require.inRange("count", value, 1, 3)).isEqualTo(value);
    }

    @Test
    void intBelowRangeIsRejected() {
        assertThatThrownBy(() -> Require.inRange("count", 0, 1, 3))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'count' must be between 1 and 3, was 0");
    }

    @Test
    void intAboveRangeIsRejected() {
        assertThatThrownBy(() -> Require.inRange("count", 4, 1, 3))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'count' must be between 1 and 3, was 4");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.5, 0.0, 1.5})
    void doubleInRangeIncludesBothBounds(double value) {
        assertThat(Require.inRange("angle", value, -1.5, 1.5)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.5000001, 1.5000001, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY})
    void doubleOutsideRangeOrNaNIsRejected(double value) {
        assertThatThrownBy(() -> Require.inRange("angle", value, -1.5, 1.5))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'angle' must be between -1.5 and 1.5, was " + value);
    }

    @Test
    void thatPassesWhenTheConditionHolds() {
        assertThatCode(() -> Require.that(true, "flag", "must hold")).doesNotThrowAnyException();
    }

    @Test
    void thatFailsWithFieldAndMessage() {
        assertThatThrownBy(() -> Require.that(false, "flag", "must hold"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'flag' must hold")
                .extracting("field")
                .isEqualTo("flag");
    }
}
