package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** Route tests of the pages that create, edit and delete challenges, on the in-memory application. */
class ChallengeEditingTest {

    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,52.4],[13.6,52.4],[13.6,52.6],[13.3,52.6],[13.3,52.4]]]}";
    private static final String WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[13.3,52.4],[13.6,52.4],[13.6,52.6],[13.3,52.6],[13.3,52.4]],"
            + "[[13.4,52.45],[13.5,52.45],[13.5,52.55],[13.4,52.55],[13.4,52.45]]]}";
    private static final String BOWTIE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,52.4],[13.6,52.6],[13.6,52.4],[13.3,52.6],[13.3,52.4]]]}";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private static String cookie(String session) {
        return "mtp_session=" + session;
    }

    /** The form's fields filled in well; tests replace what they need. */
    private static Map<String, String> filled(String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        fields.put("name", "River " + HOSTILE);
        fields.put("description", "Both banks.");
        fields.put("area", SQUARE);
        fields.put("start", "2025-02-01");
        fields.put("end", "2025-04-30");
        fields.put("transport_types", "Walk");
        fields.put("camera_makes", "GoPro\nRicoh");
        fields.put("metric", "distance");
        return fields;
    }

    private String csrfFor(String session) {
        return Browserless.csrfOf(
                browser.get("/challenges/new", "Cookie", cookie(session)).body());
    }

    private ChallengeView challengeOf(User owner) {
        return world.services.challenges.create(new CreateChallengeUseCase.Command(
                owner.id(),
                "Old town",
                null,
                Polygon.ofCoordinates(List.of(List.of(
                        GeoPoint.of(13.3, 52.4),
                        GeoPoint.of(13.6, 52.4),
                        GeoPoint.of(13.6, 52.6),
                        GeoPoint.of(13.3, 52.4)))),
                TimeRange.ofDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                Set.of(TransportType.EARTH),
                Set.of(CameraMake.of("GoPro")),
                ChallengeMetric.PHOTOS));
    }

    private List<Challenge> stored() {
        return world.services.challenges.list(null, new PageRequest(50, null)).items().stream()
                .map(ChallengeView::challenge)
                .toList();
    }

    private Challenge reload(ChallengeId id) {
        return world.services.challenges.get(id).challenge();
    }

    @Test
    void signedOutTheFormAndItsPostSendToSignInAndComeBack() {
        HttpResponse<String> form = browser.get("/challenges/new");
        HttpResponse<String> post = browser.post("/challenges/new", filled("x"));

        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location")).contains("/sign-in?return_to=%2Fchallenges%2Fnew");
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).contains("/sign-in?return_to=%2Fchallenges%2Fnew");
        assertThat(stored()).isEmpty();
    }

    @Test
    void theNewFormHasTheMapTheGeoJsonFieldDatesInUtcAndTransportTypesUnderTheirParents() {
        String session = world.sessionOf(world.person("alice"));

        HttpResponse<String> page = browser.get("/challenges/new", "Cookie", cookie(session));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form method=\"post\" action=\"/challenges/new\"")
                .contains("name=\"csrf\" value=\"")
                .contains("id=\"area-map\"")
                .contains("<textarea id=\"area\" name=\"area\"")
                .contains("leaflet-draw/leaflet.draw.js")
                .contains("leaflet-draw/leaflet.draw.css")
                .contains("area-draw.js")
                .contains("Start date (UTC)")
                .contains("End date (UTC, included)")
                .containsSubsequence("<legend>Earth</legend>", "Earth (all)", ">Walk</label>", "<legend>Snow</legend>")
                .contains("<option value=\"photos\" selected>Photos</option>")
                .doesNotContain(" style=")
                .doesNotContain("<script>");
        assertThat(browser.get("/challenges").body()).contains("<a href=\"/challenges/new\">New challenge</a>");
    }

    @Test
    void aFilledFormCreatesTheChallengeAndSeesItsPage() {
        String session = world.sessionOf(world.person("alice"));
        Map<String, String> fields = filled(csrfFor(session));
        fields.put("area", WITH_HOLE);

        HttpResponse<String> created = browser.post("/challenges/new", fields, "Cookie", cookie(session));

        assertThat(created.statusCode()).isEqualTo(303);
        Challenge challenge = stored().get(0);
        assertThat(created.headers().firstValue("Location")).contains("/challenges/" + challenge.id());
        assertThat(challenge.name()).isEqualTo("River " + HOSTILE);
        assertThat(challenge.description()).contains("Both banks.");
        assertThat(challenge.area().contains(GeoPoint.of(13.35, 52.5))).isTrue();
        assertThat(challenge.area().contains(GeoPoint.of(13.45, 52.5)))
                .as("inside the hole")
                .isFalse();
        assertThat(challenge.window().from()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(challenge.window().to()).isEqualTo(Instant.parse("2025-05-01T00:00:00Z"));
        assertThat(challenge.transportTypes()).containsExactly(TransportType.WALK);
        assertThat(challenge.cameraMakes()).extracting(CameraMake::name).containsExactlyInAnyOrder("GoPro", "Ricoh");
        assertThat(challenge.metric()).isEqualTo(ChallengeMetric.DISTANCE);
        String page = browser.get("/challenges/" + challenge.id(), "Cookie", cookie(session))
                .body();
        assertThat(page).contains("Edit the challenge").contains("/challenges/" + challenge.id() + "/delete");
        assertThat(browser.get("/challenges/" + challenge.id()).body()).doesNotContain("Edit the challenge");
    }

    @Test
    void severalShapesMakeAMultiPolygon() {
        String session = world.sessionOf(world.person("alice"));
        Map<String, String> fields = filled(csrfFor(session));
        fields.put(
                "area",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}");

        assertThat(browser.post("/challenges/new", fields, "Cookie", cookie(session))
                        .statusCode())
                .isEqualTo(303);
        assertThat(stored().get(0).area().polygons()).hasSize(2);
    }

    private String refusingSession;

    /** Posts the form with one field changed, expects 422 and nothing stored, and that what was typed is kept. */
    private HttpResponse<String> refusedWith(String field, String value) {
        if (refusingSession == null) {
            refusingSession = world.sessionOf(world.person("alice"));
        }
        Map<String, String> fields = filled(csrfFor(refusingSession));
        fields.put(field, value);
        HttpResponse<String> refused = browser.post("/challenges/new", fields, "Cookie", cookie(refusingSession));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(stored()).isEmpty();
        assertThat(refused.body()).doesNotContain(HOSTILE).contains("class=\"form-error\" role=\"alert\"");
        if (!field.equals("end")) {
            assertThat(refused.body()).contains("value=\"2025-04-30\"");
        }
        if (!field.equals("metric")) {
            assertThat(refused.body()).contains("value=\"distance\" selected");
        }
        if (!field.equals("name")) {
            assertThat(refused.body()).contains("value=\"River &lt;script>alert(1)&lt;/script>\"");
        }
        return refused;
    }

    @Test
    void aSelfIntersectingRingIsRefusedNextToTheAreaWithWhatWasDrawnKept() {
        HttpResponse<String> refused = refusedWith("area", BOWTIE);

        assertThat(refused.body())
                .contains("<p class=\"error\" id=\"area-error\">Area: ring 0 intersects itself")
                .contains("aria-describedby=\"area-error area-help\"")
                .contains("[13.3,52.4],[13.6,52.6],[13.6,52.4]")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNextToTheEnd() {
        HttpResponse<String> refused = refusedWith("end", "2025-01-15");

        assertThat(refused.body())
                .contains("<p class=\"error\" id=\"end-error\">End date (UTC, included): must not be before the start")
                .contains("value=\"2025-01-15\"");
    }

    @Test
    void badGeoJsonIsRefusedNextToTheArea() {
        assertThat(refusedWith("area", "{\"type\":\"Polygon\",").body())
                .contains("id=\"area-error\">Area: is not JSON")
                .contains("aria-describedby=\"area-error area-help\">{\"type\":\"Polygon\",</textarea>");
        assertThat(refusedWith("area", "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}")
                        .body())
                .contains("id=\"area-error\">Area: must be a GeoJSON Polygon or MultiPolygon, not 'LineString'");
        assertThat(refusedWith("area", "").body()).contains("id=\"area-error\">Area: is required");
    }

    @Test
    void anUnknownTransportTypeIsRefusedNextToTheTransportTypes() {
        assertThat(refusedWith("transport_types", "Teleport").body())
                .contains("id=\"transport_types-error\">Transport types: is not a known transport type: Teleport");
    }

    @Test
    void otherFieldsAreCheckedToo() {
        assertThat(refusedWith("name", " ").body()).contains("id=\"name-error\">Name: is required");
        assertThat(refusedWith("start", "01/02/2025").body())
                .contains("id=\"start-error\">Start date (UTC): must be a date as YYYY-MM-DD");
        assertThat(refusedWith("metric", "likes").body())
                .contains("id=\"metric-error\">Rank by: must be photos or distance");
        assertThat(refusedWith("name", "n".repeat(101)).body())
                .contains("id=\"name-error\">Name: must have 1 to 100 characters");
    }

    @Test
    void aForgedPostIsRefusedAndCreatesNothing() {
        String session = world.sessionOf(world.person("alice"));

        HttpResponse<String> forged = browser.post("/challenges/new", filled("forged"), "Cookie", cookie(session));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored()).isEmpty();
    }

    @Test
    void theOwnerEditsTheFormFilledWithTheSettings() {
        User alice = world.person("alice");
        String session = world.sessionOf(alice);
        ChallengeId id = challengeOf(alice).challenge().id();
        String url = "/challenges/" + id + "/edit";

        HttpResponse<String> form = browser.get(url, "Cookie", cookie(session));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("action=\"" + url + "\"")
                .contains("value=\"Old town\"")
                .contains(
                        ">{\"type\":\"Polygon\",\"coordinates\":[[[13.3,52.4],[13.6,52.4],[13.6,52.6],[13.3,52.4]]]}</textarea>")
                .contains("id=\"start\" name=\"start\" type=\"date\" required value=\"2025-01-01\"")
                .contains("id=\"end\" name=\"end\" type=\"date\" required value=\"2025-12-31\"")
                .contains("value=\"Earth\" checked>")
                .contains(">GoPro</textarea>");

        Map<String, String> fields = filled(Browserless.csrfOf(form.body()));
        fields.put("end", "2025-06-30");
        HttpResponse<String> saved = browser.post(url, fields, "Cookie", cookie(session));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains("/challenges/" + id);
        Challenge edited = reload(id);
        assertThat(edited.window().to()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
        assertThat(edited.name()).isEqualTo("River " + HOSTILE);
        assertThat(edited.metric()).isEqualTo(ChallengeMetric.DISTANCE);
    }

    @Test
    void anEditWithUnchangedDatesKeepsAWindowGivenInInstants() {
        User alice = world.person("alice");
        String session = world.sessionOf(alice);
        ChallengeId id = world.services
                .challenges
                .create(new CreateChallengeUseCase.Command(
                        alice.id(),
                        "Exact",
                        null,
                        challengeOf(alice).challenge().area(),
                        TimeRange.of(Instant.parse("2025-01-01T06:00:00Z"), Instant.parse("2025-02-01T18:00:00Z")),
                        Set.of(),
                        Set.of(),
                        ChallengeMetric.PHOTOS))
                .challenge()
                .id();
        String url = "/challenges/" + id + "/edit";
        String form = browser.get(url, "Cookie", cookie(session)).body();
        Map<String, String> fields = filled(Browserless.csrfOf(form));
        fields.put("start", "2025-01-01");
        fields.put("end", "2025-02-01");

        assertThat(browser.post(url, fields, "Cookie", cookie(session)).statusCode())
                .isEqualTo(303);
        assertThat(reload(id).window().from()).isEqualTo(Instant.parse("2025-01-01T06:00:00Z"));
        assertThat(reload(id).window().to()).isEqualTo(Instant.parse("2025-02-01T18:00:00Z"));
    }

    @Test
    void aRefusedEditComesBackWithTheErrorAndChangesNothing() {
        User alice = world.person("alice");
        String session = world.sessionOf(alice);
        ChallengeId id = challengeOf(alice).challenge().id();
        String url = "/challenges/" + id + "/edit";
        Map<String, String> fields = filled(
                Browserless.csrfOf(browser.get(url, "Cookie", cookie(session)).body()));
        fields.put("area", BOWTIE);

        HttpResponse<String> refused = browser.post(url, fields, "Cookie", cookie(session));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"area-error\">Area: ring 0 intersects itself");
        assertThat(reload(id).name()).isEqualTo("Old town");
    }

    @Test
    void someoneElseGetsTheForbiddenPageOnEveryEditAndDeleteRoute() {
        User alice = world.person("alice");
        ChallengeId id = challengeOf(alice).challenge().id();
        String bob = world.sessionOf(world.person("bob"));
        String csrf = csrfFor(bob);
        String base = "/challenges/" + id;

        assertThat(browser.get(base + "/edit", "Cookie", cookie(bob)).statusCode())
                .isEqualTo(403);
        assertThat(browser.get(base + "/delete", "Cookie", cookie(bob)).statusCode())
                .isEqualTo(403);
        HttpResponse<String> edit = browser.post(base + "/edit", filled(csrf), "Cookie", cookie(bob));
        HttpResponse<String> delete =
                browser.post(base + "/delete", Browserless.form("csrf", csrf), "Cookie", cookie(bob));

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(edit.body()).contains("<html lang=\"en\">");
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(reload(id).name()).isEqualTo("Old town");
        assertThat(browser.get(base + "/edit").headers().firstValue("Location"))
                .contains("/sign-in?return_to=%2Fchallenges%2F" + id + "%2Fedit");
        assertThat(browser.get("/challenges/00000000-0000-4000-8000-000000000000/edit", "Cookie", cookie(bob))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theOwnerConfirmsThenDeletesAndAForgedDeleteIsRefused() {
        User alice = world.person("alice");
        String session = world.sessionOf(alice);
        ChallengeId id = challengeOf(alice).challenge().id();
        String url = "/challenges/" + id + "/delete";

        HttpResponse<String> confirm = browser.get(url, "Cookie", cookie(session));
        HttpResponse<String> forged = browser.post(url, Browserless.form("csrf", "forged"), "Cookie", cookie(session));

        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body())
                .contains("Delete Old town?")
                .contains("<form method=\"post\" action=\"" + url + "\"")
                .contains(">Delete it</button>");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored()).hasSize(1);

        HttpResponse<String> deleted = browser.post(
                url, Browserless.form("csrf", Browserless.csrfOf(confirm.body())), "Cookie", cookie(session));

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/challenges");
        assertThat(stored()).isEmpty();
        assertThat(browser.get("/challenges/" + id).statusCode()).isEqualTo(404);
    }
}
