package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.GpxDocument;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.http.testing.StoreState;
import org.mtp.adapter.http.testing.StrictGeoJson;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.User;
import org.w3c.dom.Element;

/** Tours over HTTP: create, read in three formats, list, merge-patch, set, append and remove sequences, delete. */
class ToursHttpTest {

    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final String aliceToken = running.token(alice);
    private final String bobToken = running.token(bob);
    private final Sequence north = fixtures.published(
            alice, b -> b.name("North").points(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2)));
    private final Sequence east = fixtures.published(
            alice,
            b -> b.name("East")
                    .points(GeoPoint.of(10, 10), GeoPoint.of(11, 10))
                    .capturedAt(Instant.parse("2024-06-01T10:00:00Z")));
    private final Sequence single =
            fixtures.published(alice, b -> b.name("Single").points(GeoPoint.of(20, 20)));

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiResponse create(String json) {
        return client.post("/api/v1/tours").bearer(aliceToken).json(json).send();
    }

    private String createTour(Sequence... sequences) {
        StringBuilder ids = new StringBuilder();
        for (Sequence s : sequences) {
            ids.append(ids.length() == 0 ? "" : ",").append('"').append(s.id()).append('"');
        }
        ApiResponse response = create("{\"name\":\"Grand tour\",\"tags\":\"coast\",\"sequences\":[" + ids + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("unique_id");
    }

    private Tour stored(String id) {
        return running.stores.tours.findById(TourId.parse("id", id)).orElseThrow();
    }

    private List<Object> sequenceIds(ApiResponse tour) {
        return tour.column("unique_id", "sequences");
    }

    @Test
    void aTourListsItsSequencesInOrderWithTheirSummedFigures() {
        ApiResponse response = create("{\"name\":\"Grand tour\",\"description\":\"<i>all</i>\",\"tags\":[\"coast\"],"
                + "\"sequences\":[\"" + east.id() + "\",\"" + north.id() + "\"]}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).contains("/api/v1/tours/" + response.text("unique_id"));
        assertThat(response.json())
                .containsEntry("name", "Grand tour")
                .containsEntry("username", "alice")
                .containsEntry("description", "<i>all</i>")
                .containsEntry("sequence_count", 2.0)
                .containsEntry("photo_count", 5.0)
                .containsEntry("like_count", 0.0);
        assertThat(response.at("distance_km"))
                .isEqualTo(north.distance().plus(east.distance()).km());
        assertThat(response.at("distance_km")).isEqualTo(331.896);
        assertThat(sequenceIds(response))
                .containsExactly(east.id().toString(), north.id().toString());
    }

    @Test
    void asGeoJsonATourIsAFeatureCollectionWithAFeaturePerSequenceInTourOrder() {
        String id = createTour(north, single, east);

        ApiResponse response = client.get("/api/v1/tours/" + id + "?client_id=uploader")
                .accept("application/geo+json")
                .send();

        assertThat(response.contentType()).startsWith("application/geo+json");
        assertThat(StrictGeoJson.geometryTypes(response.body())).containsExactly("LineString", "Point", "LineString");
        assertThat(response.column("id", "features"))
                .containsExactly(
                        north.id().toString(), single.id().toString(), east.id().toString());
        assertThat(response.object("features", 0, "geometry"))
                .containsEntry("type", "LineString")
                .containsEntry("coordinates", List.of(List.of(0.0, 0.0), List.of(0.0, 1.0), List.of(0.0, 2.0)));
        assertThat(response.object("features", 1, "geometry"))
                .containsEntry("type", "Point")
                .containsEntry("coordinates", List.of(20.0, 20.0));
        assertThat(response.object("features", 2, "properties"))
                .containsEntry("unique_id", east.id().toString())
                .containsEntry("name", "East")
                .containsEntry("distance_km", east.distance().km());
        assertThat(response.object("tour"))
                .containsEntry("unique_id", id)
                .containsEntry("name", "Grand tour")
                .containsEntry("sequence_count", 3.0);
    }

    @Test
    void asGpxATourIsOneTrackWithASegmentPerSequence() {
        String id = createTour(east, north);

        ApiResponse response = client.get("/api/v1/tours/" + id)
                .bearer(bobToken)
                .accept("application/gpx+xml")
                .send();

        GpxDocument gpx = GpxDocument.parse(response.body());
        assertThat(gpx.all("trk")).hasSize(1);
        List<Element> segments = gpx.all("trkseg");
        assertThat(segments).hasSize(2);
        assertThat(GpxDocument.children(segments.get(0), "trkpt"))
                .hasSize(2)
                .first()
                .satisfies(point -> assertThat(point.getAttribute("lon")).isEqualTo("10"));
        assertThat(GpxDocument.children(segments.get(1), "trkpt")).hasSize(3);
    }

    @Test
    void anEmptyTourIsAnEmptyFeatureCollection() {
        String id = createTour();

        ApiResponse response = client.get("/api/v1/tours/" + id)
                .bearer(bobToken)
                .accept("application/geo+json")
                .send();

        assertThat(StrictGeoJson.geometryTypes(response.body())).isEmpty();
        assertThat(response.json()).containsEntry("features", List.of());
    }

    @Test
    void theOwnerReplacesTheWholeOrderedListAppendsOneAndTakesOneOut() {
        String id = createTour(north);

        ApiResponse replaced = client.put("/api/v1/tours/" + id + "/sequences")
                .bearer(aliceToken)
                .json("{\"sequences\":[\"" + east.id() + "\",\"" + north.id() + "\"]}")
                .send();
        assertThat(sequenceIds(replaced))
                .containsExactly(east.id().toString(), north.id().toString());

        ApiResponse appended = client.post("/api/v1/tours/" + id + "/sequences")
                .bearer(aliceToken)
                .form(ApiClient.form("sequence", single.id().toString()))
                .send();
        assertThat(sequenceIds(appended))
                .containsExactly(
                        east.id().toString(), north.id().toString(), single.id().toString());

        ApiResponse removed = client.delete("/api/v1/tours/" + id + "/sequences/" + north.id())
                .bearer(aliceToken)
                .send();
        assertThat(sequenceIds(removed))
                .containsExactly(east.id().toString(), single.id().toString());
        assertThat(stored(id).sequences()).containsExactly(east.id(), single.id());

        ApiResponse emptied = client.put("/api/v1/tours/" + id + "/sequences")
                .bearer(aliceToken)
                .form("sequences=")
                .send();
        assertThat(emptied.array("sequences")).isEmpty();
    }

    @Test
    void someoneElsesOrADraftOrAnUnknownOrARepeatedSequenceIsA400NamingTheListAndChangesNothing() {
        String id = createTour(north);
        Sequence bobs = fixtures.published(bob);
        Sequence draft = fixtures.draft(alice);
        StoreState before = StoreState.of(running.stores);
        String path = "/api/v1/tours/" + id + "/sequences";

        for (String list : List.of(
                "[\"" + bobs.id() + "\"]",
                "[\"" + draft.id() + "\"]",
                "[\"00000000-0000-4000-8000-00000000abcd\"]",
                "[\"" + north.id() + "\",\"" + north.id() + "\"]",
                "[\"not-a-uuid\"]",
                "[1]")) {
            assertFieldProblem(
                    client.put(path)
                            .bearer(aliceToken)
                            .json("{\"sequences\":" + list + "}")
                            .send(),
                    400,
                    "validation_failed",
                    "sequences");
        }
        assertFieldProblem(
                client.put(path).bearer(aliceToken).json("{}").send(), 400, "validation_failed", "sequences");
        assertProblem(
                client.post(path)
                        .bearer(aliceToken)
                        .json("{\"sequence\":\"" + north.id() + "\"}")
                        .send(),
                409,
                "conflict");
        assertProblem(client.delete(path + "/" + east.id()).bearer(aliceToken).send(), 404, "not_found");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void onlyTheOwnerChangesATour() {
        String id = createTour(north);
        StoreState before = StoreState.of(running.stores);

        assertProblem(
                client.patch("/api/v1/tours/" + id)
                        .bearer(bobToken)
                        .json("{\"name\":\"x\"}")
                        .send(),
                403,
                "forbidden");
        assertProblem(
                client.put("/api/v1/tours/" + id + "/sequences")
                        .bearer(bobToken)
                        .json("{\"sequences\":[]}")
                        .send(),
                403,
                "forbidden");
        assertProblem(client.delete("/api/v1/tours/" + id).bearer(bobToken).send(), 403, "forbidden");
        assertProblem(
                client.delete("/api/v1/tours/" + id + "/sequences/" + north.id())
                        .bearer(bobToken)
                        .send(),
                403,
                "forbidden");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void aMergePatchChangesNameDescriptionAndTagsOnly() {
        String id = createTour(north);

        ApiResponse response = client.patch("/api/v1/tours/" + id)
                .bearer(aliceToken)
                .json("{\"name\":\"Renamed\",\"description\":\"now\",\"tags\":null}")
                .send();

        assertThat(response.json())
                .containsEntry("name", "Renamed")
                .containsEntry("description", "now")
                .containsEntry("tags", List.of());
        StoreState before = StoreState.of(running.stores);
        assertFieldProblem(
                client.patch("/api/v1/tours/" + id)
                        .bearer(aliceToken)
                        .json("{\"sequences\":[]}")
                        .send(),
                400,
                "validation_failed",
                "sequences");
        assertFieldProblem(
                client.patch("/api/v1/tours/" + id)
                        .bearer(aliceToken)
                        .json("{\"name\":null}")
                        .send(),
                400,
                "validation_failed",
                "name");
        StoreState.assertUnchangedSince(before, running.stores);
    }

    @Test
    void toursAreListedNewestFirstAndByUsername() {
        String first = createTour(north);
        running.stores.clock.advance(Duration.ofMinutes(1));
        String second = createTour(east);
        running.platform.services.tours.create(
                new CreateTourUseCase.Command(bob.id(), TourDetails.of("Bob's", null, null), List.of()));

        ApiResponse mine =
                client.get("/api/v1/tours?username=ALICE&client_id=uploader").send();
        ApiResponse all = client.get("/api/v1/tours?client_id=uploader&limit=2").send();

        assertThat(mine.column("unique_id", "items")).containsExactly(second, first);
        assertThat(mine.object("items", 0)).doesNotContainKey("sequences").containsEntry("sequence_count", 1.0);
        assertThat(all.array("items")).hasSize(2);
        assertThat(all.at("next")).isNotNull();
        assertThat(client.get("/api/v1/tours?username=nobody&client_id=uploader")
                        .send()
                        .array("items"))
                .isEmpty();
    }

    @Test
    void toursAreSearchedByANamePartTakenLiterallyAndByTags() {
        running.platform.services.tours.create(new CreateTourUseCase.Command(
                alice.id(), TourDetails.of("Coast 100%", null, Tags.parse("sea")), List.of()));
        running.platform.services.tours.create(new CreateTourUseCase.Command(
                bob.id(), TourDetails.of("High coast", null, Tags.parse("sea,hills")), List.of()));
        running.platform.services.tours.create(
                new CreateTourUseCase.Command(bob.id(), TourDetails.of("Hills_1", null, null), List.of()));

        assertThat(names("name=COAST")).containsExactlyInAnyOrder("Coast 100%", "High coast");
        assertThat(names("name=0%25")).containsExactly("Coast 100%");
        assertThat(names("name=s_")).containsExactly("Hills_1");
        assertThat(names("tags=hills,sea")).containsExactly("High coast");
        assertThat(names("tag=sea&name=high&username=bob")).containsExactly("High coast");
        assertThat(names("tags=sea&tags=hills")).containsExactly("High coast");
    }

    @Test
    void aBadTourSearchIsA400NamingTheParameter() {
        assertFieldProblem(list("name="), 400, "validation_failed", "name");
        assertFieldProblem(list("name=" + "x".repeat(101)), 400, "validation_failed", "name");
        assertFieldProblem(list("tags=not%20a%20tag!"), 400, "validation_failed", "tags");
        assertFieldProblem(list("tag=sea&tags=sea"), 400, "validation_failed", "tags");
        assertFieldProblem(list("username=x&tags=no!"), 400, "validation_failed", "username", "tags");
    }

    private ApiResponse list(String query) {
        return client.get("/api/v1/tours?client_id=uploader&" + query).send();
    }

    private List<Object> names(String query) {
        ApiResponse response = list(query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.column("name", "items");
    }

    @Test
    void theOwnerDeletesATourAndItsSequencesStay() {
        String id = createTour(north);

        assertThat(client.delete("/api/v1/tours/" + id)
                        .bearer(aliceToken)
                        .send()
                        .status())
                .isEqualTo(204);

        assertProblem(client.get("/api/v1/tours/" + id).bearer(aliceToken).send(), 404, "not_found");
        assertThat(running.stores.unitOfWork.inTransaction(() -> running.stores.sequences.findById(north.id())))
                .isPresent();
    }
}
