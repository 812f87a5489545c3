package org.mtp.adapter.http.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;

class GeoJsonAreaTest {

    private static final Json JSON = Json.standard();
    private static final String WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[0,0,12.5],[10,0,12.5],[10,10,12.5],[0,10,12.5],[0,0,12.5]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}";

    @Test
    void aPolygonWithAHoleIsReadAndAltitudesAreIgnored() {
        Area area = GeoJsonArea.parse("area", JSON.parseTree(WITH_HOLE));

        assertThat(area).isInstanceOf(Polygon.class);
        assertThat(area.contains(GeoPoint.of(1, 1))).isTrue();
        assertThat(area.contains(GeoPoint.of(5, 5))).isFalse();
        assertThat(area.contains(GeoPoint.of(4, 5))).isTrue();
    }

    @Test
    void jsonTextFromAFormFieldIsReadLikeAnObject() {
        assertThat(GeoJsonArea.parse("area", WITH_HOLE))
                .isEqualTo(GeoJsonArea.parse("area", JSON.parseTree(WITH_HOLE)));
    }

    @Test
    void writingAndReadingAgainGivesTheSameArea() {
        Area multi = GeoJsonArea.parse(
                "area",
                "{\"type\":\"MultiPolygon\",\"coordinates\":["
                        + "[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}");

        String written = JSON.write(GeoJsonArea.write(multi));

        assertThat(multi).isInstanceOf(MultiPolygon.class);
        assertThat(GeoJsonArea.parse("area", JSON.parseTree(written))).isEqualTo(multi);
        assertThat(written).startsWith("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.0,0.0],");
    }

    @Test
    void everyFailureNamesTheFieldItWasGivenIn() {
        assertThatThrownBy(() -> GeoJsonArea.parse("zone", "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).containsOnlyKeys("zone");
                    assertThat(e.getMessage()).contains("LineString");
                });
        assertThatThrownBy(() -> GeoJsonArea.parse(
                        "zone", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[181,0]," + "[1,1],[0,0]]]}"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors()).containsOnlyKeys("zone"));
        assertThatThrownBy(() -> GeoJsonArea.parse("zone", 5.0))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors()).containsOnlyKeys("zone"));
    }
}
