package org.mtp.application.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;

class GeoJsonWriterTest {

    private static Photo photo(String key, double lon, double lat) {
        return Photo.of(ImageKey.of(key), GeoPoint.of(lon, lat), CompassAngle.of(0), Instant.EPOCH);
    }

    @Test
    void twoPhotosAreALineStringAndTextsAreEscaped() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", "<b>\"x\"\\\n\u0001");
        properties.put("photos", 2);
        properties.put("description", null);

        String json = GeoJsonWriter.feature("id-1", List.of(photo("a", 1.5, 2), photo("b", -0.00002, 3)), properties);

        assertThat(json)
                .isEqualTo("{\"type\":\"Feature\",\"id\":\"id-1\",\"geometry\":{\"type\":\"LineString\","
                        + "\"coordinates\":[[1.5,2],[-0.00002,3]]},\"properties\":{\"name\":\"<b>\\\"x\\\"\\\\\\n\\u0001\","
                        + "\"photos\":2,\"description\":null}}");
    }

    @Test
    void onePhotoIsAPointAndNoneANullGeometry() {
        assertThat(GeoJsonWriter.feature("i", List.of(photo("a", 1, 2)), Map.of()))
                .contains("\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}");
        assertThat(GeoJsonWriter.feature("i", List.of(), Map.of())).contains("\"geometry\":null");
    }

    @Test
    void photosAllAtOnePositionAreAPointOfThatPosition() {
        assertThat(GeoJsonWriter.feature("i", List.of(photo("a", 1, 2), photo("b", 1, 2), photo("c", 1, 2)), Map.of()))
                .contains("\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}");
    }

    @Test
    void manyPhotosWithARepeatedPositionStayALineOfEveryPhoto() {
        assertThat(GeoJsonWriter.feature(
                        "i", List.of(photo("a", 1, 2), photo("b", 1, 2), photo("c", 1, 3), photo("d", 1, 4)), Map.of()))
                .contains("\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2],[1,2],[1,3],[1,4]]}");
    }
}
