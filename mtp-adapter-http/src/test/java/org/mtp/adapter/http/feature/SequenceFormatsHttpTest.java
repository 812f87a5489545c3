package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.GpxDocument;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StrictGeoJson;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;
import org.w3c.dom.Element;

/** A sequence as GeoJSON (RFC 7946) and GPX 1.1, checked structurally; and content negotiation between them. */
class SequenceFormatsHttpTest {

    private static final String GEO_JSON = "application/geo+json";
    private static final String GPX = "application/gpx+xml";
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final String token = running.token(alice);

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse get(Sequence sequence, String accept) {
        return client.get("/api/v1/sequences/" + sequence.id())
                .bearer(token)
                .accept(accept)
                .send();
    }

    @Test
    void geoJsonIsAFeatureWithALineStringOfThePhotosInOrder() {
        Sequence walk = fixtures.published(alice);

        ApiResponse response = get(walk, GEO_JSON);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(GEO_JSON);
        assertThat(response.json())
                .containsEntry("type", "Feature")
                .containsEntry("id", walk.id().toString());
        assertThat(response.object("geometry"))
                .containsEntry("type", "LineString")
                .containsEntry("coordinates", List.of(List.of(0.0, 0.0), List.of(0.0, 1.0), List.of(0.0, 2.0)));
        assertThat(response.object("properties"))
                .containsEntry("name", "Coastal walk")
                .containsEntry("distance_km", 222.39)
                .doesNotContainKey("photos");
    }

    @Test
    void aOnePhotoSequenceIsAPointAndADraftHasANullGeometry() {
        Sequence single = fixtures.published(alice, b -> b.points(GeoPoint.of(-3.5, 51.25)));
        Sequence draft = fixtures.draft(alice);

        assertThat(get(single, GEO_JSON).object("geometry"))
                .isEqualTo(Map.of("type", "Point", "coordinates", List.of(-3.5, 51.25)));
        ApiResponse none = get(draft, GEO_JSON);
        assertThat(none.json()).containsEntry("geometry", null);
        assertThat(none.object("properties")).containsEntry("status", "draft");
    }

    @Test
    void photosAllAtOnePositionAreAPointSinceALineOfNoLengthIsNoGeometry() {
        Sequence standing =
                fixtures.published(alice, b -> b.points(GeoPoint.of(-3.5, 51.25), GeoPoint.of(-3.5, 51.25)));

        ApiResponse response = get(standing, GEO_JSON);

        assertThat(StrictGeoJson.geometryTypes(response.body())).containsExactly("Point");
        assertThat(response.object("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(-3.5, 51.25)));
    }

    @Test
    void gpxIsOneTrackWithAPointPerPhotoAndItsTimeWhenKnown() {
        Sequence walk = fixtures.published(
                alice,
                b -> b.photos(
                        new Photo(
                                ImageKey.of("a"),
                                GeoPoint.of(0.0001, -0.00002),
                                null,
                                Instant.parse("2024-05-01T08:00:00.250Z")),
                        new Photo(ImageKey.of("b"), GeoPoint.of(179.5, 89.25), null, null)));

        ApiResponse response = get(walk, GPX);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(GPX);
        GpxDocument gpx = GpxDocument.parse(response.body());
        assertThat(gpx.root().getAttribute("version")).isEqualTo("1.1");
        assertThat(gpx.all("trk")).hasSize(1);
        assertThat(gpx.all("trkseg")).hasSize(1);
        List<Element> points = gpx.all("trkpt");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).getAttribute("lat")).isEqualTo("-0.00002");
        assertThat(points.get(0).getAttribute("lon")).isEqualTo("0.0001");
        assertThat(GpxDocument.child(points.get(0), "time")).isEqualTo("2024-05-01T08:00:00.250Z");
        assertThat(GpxDocument.child(points.get(0), "name")).isEqualTo("a");
        assertThat(points.get(1).getAttribute("lon")).isEqualTo("179.5");
        assertThat(GpxDocument.child(points.get(1), "time")).isNull();
    }

    @Test
    void textIsEscapedSoThatAnyNameOrDescriptionStaysWellFormedXml() {
        String name = "Fish & <Chips> \"run\" 'it'";
        String description = "line one\nline\ttwo\r\u0001bell\uD83D\uDEB2]]>";
        Sequence walk = fixtures.published(alice, b -> b.name(name).description(description));

        GpxDocument gpx = GpxDocument.parse(get(walk, GPX).body());

        Element track = gpx.all("trk").get(0);
        assertThat(GpxDocument.child(track, "name")).isEqualTo(name);
        assertThat(GpxDocument.child(track, "desc")).isEqualTo("line one\nline\ttwo\r\uFFFDbell\uD83D\uDEB2]]>");
        assertThat(GpxDocument.child(gpx.all("metadata").get(0), "name")).isEqualTo(name);
    }

    @Test
    void aDraftsGpxIsATrackWithoutSegments() {
        Sequence draft = fixtures.draft(alice);

        GpxDocument gpx = GpxDocument.parse(get(draft, GPX).body());

        assertThat(gpx.all("trk")).hasSize(1);
        assertThat(gpx.all("trkseg")).isEmpty();
    }

    @Test
    void theAcceptHeaderChoosesByQualityAndJsonIsTheDefault() {
        Sequence walk = fixtures.published(alice);

        assertThat(get(walk, GPX + ";q=0.5, " + GEO_JSON).contentType()).startsWith(GEO_JSON);
        assertThat(get(walk, "application/*;q=0.9, " + GPX).contentType()).startsWith(GPX);
        assertThat(get(walk, "*/*").contentType()).startsWith("application/json");
        assertProblem(get(walk, "text/csv"), 406, "not_acceptable");
    }
}
