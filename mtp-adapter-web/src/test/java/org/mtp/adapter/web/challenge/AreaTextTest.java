package org.mtp.adapter.web.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.application.model.format.AreaGeoJson;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;

/** GeoJSON text of a form field to an area and back, malformed text refused naming the field. */
class AreaTextTest {

    private static final String WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[0,0,12.5],[10,0,12.5],[10,10,12.5],[0,10,12.5],[0,0,12.5]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}";

    @Test
    void givenAPolygonWithAHole_parse_readsItAndIgnoresAltitudes() {
        Area area = AreaText.parse("area", WITH_HOLE);

        assertThat(area).isInstanceOf(Polygon.class);
        assertThat(area.contains(GeoPoint.of(1, 1))).isTrue();
        assertThat(area.contains(GeoPoint.of(5, 5))).isFalse();
        assertThat(area.contains(GeoPoint.of(4, 5))).isTrue();
    }

    @Test
    void givenAnArea_write_givesTextThatReadsBackAsTheSameArea() {
        Area multi = AreaText.parse(
                "area",
                "{\"type\":\"MultiPolygon\",\"coordinates\":["
                        + "[[[0,0],[1,0],[1,1],[0,0]]],[[[2.125,2],[3,2],[3,3],[2.125,2]]]]}");
        Area holed = AreaText.parse("area", WITH_HOLE);

        assertThat(multi).isInstanceOf(MultiPolygon.class);
        assertThat(AreaGeoJson.write(multi))
                .isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]],"
                        + "[[[2.125,2.0],[3.0,2.0],[3.0,3.0],[2.125,2.0]]]]}");
        assertThat(AreaText.parse("area", AreaGeoJson.write(multi))).isEqualTo(multi);
        assertThat(AreaText.parse("area", AreaGeoJson.write(holed))).isEqualTo(holed);
    }

    @Test
    void givenAnythingButAPolygonOrMultiPolygon_read_failsNamingTheCallersField() {
        assertRefused("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}", "not 'LineString'");
        assertRefused("{\"coordinates\":[]}", "an object without a type");
        assertRefused("[1,2]", "must be a GeoJSON Polygon or MultiPolygon object");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":5}", "not nested arrays");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1],[1,1],[0,0]]]}", "not [longitude, latitude]");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[181,0],[1,1],[0,0]]]}", "outside longitude");
        assertRefused("{\"type\":\"Polygon\",", "is not JSON");
    }

    @Test
    void givenARingThatCrossesItself_read_passesTheDomainsReasonUnderTheCallersField() {
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";

        assertRefused(bowtie, "ring 0 intersects itself");
        assertThatThrownBy(() -> AreaText.parse("area", bowtie))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("area"));
    }

    private static void assertRefused(String text, String reason) {
        assertThatThrownBy(() -> AreaText.parse("zone", text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("zone");
            assertThat(e.reason()).contains(reason);
        });
    }
}
