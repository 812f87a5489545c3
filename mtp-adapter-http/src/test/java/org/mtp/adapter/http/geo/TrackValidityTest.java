package org.mtp.adapter.http.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.testing.StrictGeoJson;
import org.mtp.application.model.format.GeoJsonWriter;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;

/** Both track writers (the API's records and the web downloads' text) give GeoJSON a strict reader accepts. */
class TrackValidityTest {

    private static final Json JSON = Json.standard();

    record Case(String name, List<Photo> photos, String type) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Photo> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(photo(i, 7.25 + (i / 10) * 0.001, 46.5));
        }
        return List.of(
                new Case("one photo", List.of(photo(0, 7.25, 46.5)), "Point"),
                new Case("two photos at one position", List.of(photo(0, 7.25, 46.5), photo(1, 7.25, 46.5)), "Point"),
                new Case("two at 0.0 and -0.0", List.of(photo(0, 0.0, 1), photo(1, -0.0, 1)), "Point"),
                new Case("two distinct", List.of(photo(0, 7.25, 46.5), photo(1, 7.26, 46.5)), "LineString"),
                new Case("many, in runs of one position", many, "LineString"));
    }

    private static Photo photo(int i, double lon, double lat) {
        return Photo.of(ImageKey.of("k" + i), GeoPoint.of(lon, lat), CompassAngle.of(0), Instant.EPOCH);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theApiFeatureIsValidAndOfTheExpectedType(Case c) {
        String json = JSON.write(GeoJson.Feature.of("id", GeoJson.track(c.photos()), Map.of()));

        assertThat(StrictGeoJson.geometryTypes(json)).containsExactly(c.type());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theDownloadFeatureIsValidAndOfTheExpectedType(Case c) {
        String json = GeoJsonWriter.feature("id", c.photos(), Map.of("name", "n"));

        assertThat(StrictGeoJson.geometryTypes(json)).containsExactly(c.type());
    }

    @Test
    void theStrictReaderRefusesWhatTheOldTourGeometryWas() {
        assertThatThrownBy(() -> StrictGeoJson.geometryTypes("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                        + "{\"type\":\"LineString\",\"coordinates\":[[20,20],[20.0,20.0]]}}"))
                .hasMessageContaining("no length");
        assertThatThrownBy(() -> StrictGeoJson.geometryTypes("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                        + "{\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[0,1]]]}}"))
                .hasMessageContaining("MultiLineString");
        assertThatThrownBy(() -> StrictGeoJson.geometryTypes(
                        "{\"type\":\"FeatureCollection\",\"features\":[],\"properties\":{}}"))
                .hasMessageContaining("properties");
    }
}
