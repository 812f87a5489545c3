package org.mtp.application.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;

/** A parsed GeoJSON tree (maps, lists, doubles, as every adapter's JSON library gives it) to an area, and back. */
class AreaGeoJsonTest {

    private static List<Double> at(double lon, double lat) {
        return List.of(lon, lat);
    }

    private static final Object WITH_HOLE = Map.of(
            "type",
            "Polygon",
            "coordinates",
            List.of(
                    List.of(List.of(0.0, 0.0, 12.5), at(10, 0), at(10, 10), at(0, 10), List.of(0.0, 0.0, 12.5)),
                    List.of(at(4, 4), at(6, 4), at(6, 6), at(4, 6), at(4, 4))));

    @Test
    void givenAPolygonWithAHole_read_readsItAndIgnoresAltitudes() {
        Area area = AreaGeoJson.read("area", WITH_HOLE);

        assertThat(area).isInstanceOf(Polygon.class);
        assertThat(area.contains(GeoPoint.of(1, 1))).isTrue();
        assertThat(area.contains(GeoPoint.of(5, 5))).isFalse();
        assertThat(area.contains(GeoPoint.of(4, 5))).isTrue();
    }

    @Test
    void givenSeveralPolygons_read_givesAMultiPolygon_whichIsWrittenAsOne() {
        Area multi = AreaGeoJson.read(
                "area",
                Map.of(
                        "type",
                        "MultiPolygon",
                        "coordinates",
                        List.of(
                                List.of(List.of(at(0, 0), at(1, 0), at(1, 1), at(0, 0))),
                                List.of(List.of(at(2.125, 2), at(3, 2), at(3, 3), at(2.125, 2))))));

        assertThat(multi).isInstanceOf(MultiPolygon.class);
        assertThat(AreaGeoJson.write(multi))
                .isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]],"
                        + "[[[2.125,2.0],[3.0,2.0],[3.0,3.0],[2.125,2.0]]]]}");
    }

    @Test
    void givenAnythingButAPolygonOrMultiPolygon_read_failsNamingTheCallersField() {
        assertRefused(Map.of("type", "LineString", "coordinates", List.of(at(0, 0), at(1, 1))), "not 'LineString'");
        assertRefused(Map.of("coordinates", List.of()), "an object without a type");
        assertRefused(List.of(1.0, 2.0), "must be a GeoJSON Polygon or MultiPolygon object");
        assertRefused(Map.of("type", "Polygon", "coordinates", 5.0), "not nested arrays");
        assertRefused(
                Map.of("type", "Polygon", "coordinates", List.of(List.of(at(0, 0), List.of(1.0), at(1, 1), at(0, 0)))),
                "not [longitude, latitude]");
        assertRefused(
                Map.of("type", "Polygon", "coordinates", List.of(List.of(at(0, 0), at(181, 0), at(1, 1), at(0, 0)))),
                "outside longitude");
    }

    @Test
    void givenARingThatCrossesItself_read_passesTheDomainsReasonUnderTheCallersField() {
        Object bowtie = Map.of(
                "type", "Polygon", "coordinates", List.of(List.of(at(0, 0), at(1, 1), at(1, 0), at(0, 1), at(0, 0))));

        assertRefused(bowtie, "ring 0 intersects itself");
        assertThatThrownBy(() -> AreaGeoJson.read("area", bowtie))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("area"));
    }

    private static void assertRefused(Object tree, String reason) {
        assertThatThrownBy(() -> AreaGeoJson.read("zone", tree))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("zone");
                    assertThat(e.reason()).contains(reason);
                });
    }
}
