package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Distances in whole metres, so that sums do not depend on their order. */
class DistanceTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "0.25, 250",
        "2.0004, 2000",
        "2.0006, 2001",
        "0.0004, 0",
        "0.0006, 1",
        "222.39016, 222390",
        "1.5, 1500"
    })
    void kilometresAreRoundedToWholeMetres(double km, long metres) {
        assertThat(Distance.ofKm(km).metres()).isEqualTo(metres);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void negativeOrNonFiniteKilometresAreRejected(double km) {
        assertThatThrownBy(() -> Distance.ofKm(km))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'km' must be a finite length");
    }

    @Test
    void negativeMetresAreRejected() {
        assertThatThrownBy(() -> Distance.ofMetres(-1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'metres' must not be negative");
        assertThat(Distance.ofMetres(0)).isEqualTo(Distance.ZERO);
    }

    @Test
    void zeroIsZeroMetres() {
        assertThat(Distance.ZERO.metres()).isZero();
        assertThat(Distance.ofKm(0)).isEqualTo(Distance.ZERO);
    }

    @Test
    void plusAddsMetres() {
        assertThat(Distance.ofMetres(1200).plus(Distance.ofMetres(34))).isEqualTo(Distance.ofMetres(1234));
    }

    @Test
    void plusRefusesToOverflow() {
        assertThatThrownBy(() -> Distance.ofMetres(Long.MAX_VALUE).plus(Distance.ofMetres(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void kmHasThreeDecimals() {
        assertThat(Distance.ofMetres(1234).km()).isEqualTo(1.234);
        assertThat(Distance.ofMetres(222390).km()).isEqualTo(222.39);
    }

    @Test
    void comparesByMetres() {
        Distance short1 = Distance.ofMetres(999);
        Distance long1 = Distance.ofMetres(1000);

        assertThat(short1.compareTo(long1)).isNegative();
        assertThat(long1.compareTo(short1)).isPositive();
        assertThat(long1.compareTo(Distance.ofKm(1.0))).isZero();
    }

    @Test
    void floatingPointSumsDependOnOrderButWholeMetreSumsDoNot() {
        List<Double> segmentsKm = List.of(0.1, 0.2, 0.3);
        double forwards = segmentsKm.get(0) + segmentsKm.get(1) + segmentsKm.get(2);
        double backwards = segmentsKm.get(2) + segmentsKm.get(1) + segmentsKm.get(0);

        Distance forwardsTotal = Distance.ofKm(0.1).plus(Distance.ofKm(0.2)).plus(Distance.ofKm(0.3));
        Distance backwardsTotal = Distance.ofKm(0.3).plus(Distance.ofKm(0.2)).plus(Distance.ofKm(0.1));

        assertThat(forwards).isNotEqualTo(backwards);
        assertThat(forwardsTotal).isEqualTo(backwardsTotal).isEqualTo(Distance.ofMetres(600));
        assertThat(forwardsTotal.compareTo(backwardsTotal)).isZero();
    }
}
