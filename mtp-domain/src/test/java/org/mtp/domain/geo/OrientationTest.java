package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.common.ValidationException;

class OrientationTest {

    @ParameterizedTest(name = "({0},{1}) ({2},{3}) ({4},{5}) -> {6}")
    @CsvSource({
        "0,0, 1,0, 0,1, 1",
        "0,0, 0,1, 1,0, -1",
        "0,0, 1,1, 2,2, 0",
        "0,0, 2,2, 1,1, 0",
        "10,5, -3,5, 170,5, 0",
        "-180,-90, 180,90, 0,0.0000001, 1",
        "-180,-90, 180,90, 0,-0.0000001, -1",
    })
    void tellsTheTurnOfThreePositions(
            double aLon, double aLat, double bLon, double bLat, double cLon, double cLat, int expected) {
        assertThat(Orientation.of(GeoPoint.of(aLon, aLat), GeoPoint.of(bLon, bLat), GeoPoint.of(cLon, cLat)))
                .isEqualTo(expected);
    }

    @Test
    void nearlyCollinearPositionsAreDecidedExactlyWhereDoubleArithmeticFails() {
        // The classic robustness example: points a few ulps off the line y = x, where the plain determinant gets the
        // sign wrong, sometimes as zero and, with p as the base, sometimes as the opposite sign.
        GeoPoint q = GeoPoint.of(12, 12);
        GeoPoint r = GeoPoint.of(24, 24);
        double ulp = Math.ulp(0.5);
        int naiveWrongSign = 0;
        int naiveWrongZero = 0;
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                GeoPoint p = GeoPoint.of(0.5 + i * ulp, 0.5 + j * ulp);
                for (GeoPoint[] abc : new GeoPoint[][] {{p, q, r}, {q, r, p}, {r, q, p}}) {
                    int exact = exactSign(abc[0], abc[1], abc[2]);
                    assertThat(Orientation.of(abc[0], abc[1], abc[2]))
                            .as("p=(%s,%s)", p.lon(), p.lat())
                            .isEqualTo(exact);
                    assertThat(Orientation.exact(abc[0], abc[1], abc[2])).isEqualTo(exact);
                    int naive = naiveSign(abc[0], abc[1], abc[2]);
                    if (naive != exact && naive == 0) {
                        naiveWrongZero++;
                    } else if (naive != exact) {
                        naiveWrongSign++;
                    }
                }
            }
        }
        assertThat(naiveWrongZero)
                .as("cases a plain double determinant calls collinear wrongly")
                .isPositive();
        assertThat(naiveWrongSign)
                .as("cases a plain double determinant turns the wrong way")
                .isPositive();
    }

    @Test
    void exactArithmeticAgreesOnClearCases() {
        assertThat(Orientation.exact(GeoPoint.of(0, 0), GeoPoint.of(1, 0), GeoPoint.of(0, 1)))
                .isEqualTo(1);
        assertThat(Orientation.exact(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(1, 0)))
                .isEqualTo(-1);
        assertThat(Orientation.exact(GeoPoint.of(0, 0), GeoPoint.of(1, 1), GeoPoint.of(3, 3)))
                .isZero();
        assertThat(Orientation.exact(GeoPoint.of(1, 2), GeoPoint.of(3, 2), GeoPoint.of(5, 2.5)))
                .isEqualTo(1);
    }

    @Test
    void rejectsMissingPositions() {
        GeoPoint p = GeoPoint.of(0, 0);
        assertThatThrownBy(() -> Orientation.of(null, p, p))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'a' must not be null");
        assertThatThrownBy(() -> Orientation.of(p, null, p)).hasMessage("'b' must not be null");
        assertThatThrownBy(() -> Orientation.of(p, p, null)).hasMessage("'c' must not be null");
    }

    private static int exactSign(GeoPoint a, GeoPoint b, GeoPoint c) {
        BigDecimal det = bd(a.lon())
                .subtract(bd(c.lon()))
                .multiply(bd(b.lat()).subtract(bd(c.lat())))
                .subtract(bd(a.lat()).subtract(bd(c.lat())).multiply(bd(b.lon()).subtract(bd(c.lon()))));
        return det.signum();
    }

    private static int naiveSign(GeoPoint a, GeoPoint b, GeoPoint c) {
        double det = (a.lon() - c.lon()) * (b.lat() - c.lat()) - (a.lat() - c.lat()) * (b.lon() - c.lon());
        return (int) Math.signum(det);
    }

    private static BigDecimal bd(double value) {
        return new BigDecimal(value);
    }
}
