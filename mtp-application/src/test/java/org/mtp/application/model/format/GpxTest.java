package org.mtp.application.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpxTest {

    @ParameterizedTest
    @CsvSource({
        "0.0,0",
        "-0.0,0",
        "1.0E-4,0.0001",
        "-2.0E-5,-0.00002",
        "179.5,179.5",
        "10.0,10",
        "-89.123456789,-89.123456789"
    })
    void coordinatesArePlainDecimalsWithoutExponentOrTrailingZeros(double value, String written) {
        assertThat(Gpx.decimal(value)).isEqualTo(written);
    }

    @Test
    void absentTextsAndTimesAreLeftOutAndElementsFollowTheSchemaOrder() {
        String gpx = Gpx.write(new Gpx.Track("N", null, null, List.of(List.of(new Gpx.Point(1, 2, null, "k")))));

        assertThat(gpx)
                .contains("<trk><name>N</name>\n")
                .doesNotContain("<desc>", "<type>", "<time>")
                .contains("<trkpt lat=\"2\" lon=\"1\"><name>k</name></trkpt>");
    }
}
