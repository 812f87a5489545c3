package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.web.testing.Browserless.form;
import static org.mtp.domain.TestSequences.details;
import static org.mtp.domain.TestSequences.mapillarySequence;
import static org.mtp.domain.TestSequences.mapillaryUserOf;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.User;

/**
 * Route tests of importing from Mapillary (seed steps 2.1 to 2.4), its troubles, a draft's finish page and a server
 * without a Mapillary app, on the in-memory application with the fake Mapillary gateway.
 */
class ImportPagesTest {

    private static final String RANGE = "?from=2024-04-01&to=2024-05-31";
    private static final MapillaryToken TOKEN = MapillaryToken.of("MLYaliceToken");

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());
    private User alice;
    private String session;

    @BeforeEach
    void setUp() {
        alice = world.person("alice");
        session = "mtp_session=" + world.sessionOf(alice);
        world.stores.mapillary.addUser(mapillaryUserOf(alice.id()), TOKEN);
        world.stores.mapillary.addSequence(
                mapillarySequence("aliceSeq0001", alice.id(), GeoPoint.of(10, 50), GeoPoint.of(10.001, 50.001)));
        world.stores.mapillary.addSequence(mapillarySequence("aliceSeq0002", alice.id(), GeoPoint.of(11, 51)));
    }

    @AfterEach
    void close() {
        world.close();
    }

    private void connect() {
        world.services.mapillaryConnections.verifyAndStore(alice.id(), TOKEN);
    }

    private HttpResponse<String> get(String path) {
        return browser.get(path, "Cookie", session);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        return browser.post(path, fields, "Cookie", session);
    }

    private HttpResponse<String> submit(String key, String... fields) {
        String csrf = Browserless.csrfOf(get("/sequences/import/" + key).body());
        String[] all = new String[fields.length + 2];
        all[0] = "csrf";
        all[1] = csrf;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return post("/sequences/import/" + key, form(all));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void theSequencesPageOffersImportToASignedInPersonOnly() {
        assertThat(get("/sequences").body()).contains("id=\"import-from-mapillary\" href=\"/sequences/import\"");
        assertThat(browser.get("/sequences").body()).doesNotContain("import-from-mapillary");
        HttpResponse<String> signedOut = browser.get("/sequences/import" + RANGE);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(location(signedOut)).startsWith("/sign-in?return_to=");
    }

    @Test
    void withoutAConnectionThePageOffersOneWhoseStateComesBackToThePage() {
        HttpResponse<String> page = get("/sequences/import");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"connect-mapillary\" href=\"/sequences/import/connect?return_to=%2Fsequences%2Fimport\"")
                .doesNotContain("id=\"range\"");

        HttpResponse<String> grant = get("/sequences/import/connect?return_to=%2Fsequences%2Fimport");
        HttpResponse<String> offSite = get("/sequences/import/connect?return_to=https%3A%2F%2Fevil.example%2F");

        assertThat(grant.statusCode()).isEqualTo(303);
        String state = stateOf(location(grant));
        assertThat(world.services.mapillaryConnections.returnPathOf(state))
                .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("/sequences/import"));
        assertThat(world.services.mapillaryConnections.returnPathOf(stateOf(location(offSite))))
                .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("/"));
    }

    @Test
    void theCallbacksOutcomeIsShownAsAMessage() {
        assertThat(get("/sequences/import?mapillary=denied").body()).contains("the access was not granted");
        connect();
        assertThat(get("/sequences/import" + RANGE + "&mapillary=connected").body())
                .contains("Your Mapillary account is connected.");
    }

    @Test
    void aConnectedPersonSeesTheSequencesNotImportedYetNumberedWithTheirPlaceOnTheMap() {
        connect();

        HttpResponse<String> page = get("/sequences/import" + RANGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-number=\"1\" data-lon=\"10.000000\" data-lat=\"50.000000\" data-key=\"aliceSeq0001\"")
                .contains("href=\"/sequences/import/aliceSeq0001\"")
                .contains("data-number=\"2\" data-lon=\"11.000000\" data-lat=\"51.000000\" data-key=\"aliceSeq0002\"")
                .contains("id=\"import-map\"")
                .contains("2024-05-01")
                .contains("GoPro HERO9 Black")
                .contains("Not a panorama");
        assertThat(page.body()).containsPattern("<script src=\"/assets/[^\"]+/import.js\" defer></script>");
    }

    @Test
    void anEmptyRangeSaysNoResultsAndTheDefaultRangeIsAMonthEndingToday() {
        connect();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        HttpResponse<String> empty = get("/sequences/import?from=2020-01-01&to=2020-01-31");
        HttpResponse<String> byDefault = get("/sequences/import");

        assertThat(empty.body()).contains("No results match your criteria.").doesNotContain("id=\"import-map\"");
        assertThat(byDefault.body())
                .contains("name=\"from\" type=\"date\" value=\"" + today.minusMonths(1) + "\"")
                .contains("name=\"to\" type=\"date\" value=\"" + today + "\"");
    }

    @Test
    void aRefusedRangeAnswers400WithTheErrorNextToItsField() {
        connect();

        HttpResponse<String> page = get("/sequences/import?from=2024-13-01&to=2024-05-01");
        HttpResponse<String> backwards = get("/sequences/import?from=2024-05-02&to=2024-05-01");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"from-error\"").contains("aria-invalid=\"true\"");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("id=\"to-error\"");
    }

    @Test
    void aRevokedTokenOffersToConnectAgainAndARateLimitSaysWhen() {
        connect();
        world.stores.mapillary.revoke(TOKEN);
        HttpResponse<String> revoked = get("/sequences/import" + RANGE);
        assertThat(revoked.body())
                .contains("no longer accepts the connection")
                .contains("Connect your Mapillary account again");

        world.stores.mapillary.addUser(mapillaryUserOf(alice.id()), TOKEN);
        world.stores.mapillary.failNextWith(new MapillaryException.RateLimited("slow", Duration.ofMinutes(10)));
        HttpResponse<String> limited = get("/sequences/import" + RANGE);
        assertThat(limited.statusCode()).isEqualTo(503);
        assertThat(limited.body())
                .contains("Mapillary is limiting requests; please try again after")
                .contains("UTC");
    }

    @Test
    void theFormAsksNameDescriptionTransportAndTagsWithSuggestions() {
        connect();
        world.store(
                TestSequences.aSequence().owner(alice.id()).tags("coast, dawn").build());

        HttpResponse<String> page = get("/sequences/import/aliceSeq0001");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "name=\"name\"", "name=\"description\"", "name=\"transport_type\"", "list=\"tag-suggestions\"")
                .contains("<optgroup label=\"")
                .contains("<option value=\"coast\">", "<option value=\"dawn\">");
    }

    @Test
    void refusedFieldsAnswer422WithTheFormAgainAndEachErrorNextToItsField() {
        connect();

        HttpResponse<String> page = submit("aliceSeq0001", "name", " ", "description", "kept <text>", "tags", "");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains("id=\"name-error\"", "id=\"transport_type-error\"")
                .contains("kept &lt;text&gt;")
                .contains("role=\"alert\"");
        assertThat(world.stores.importJobs.all()).isEmpty();
    }

    @Test
    void aPostWithoutItsFormTokenIsRefusedAndStartsNothing() {
        connect();

        HttpResponse<String> page =
                post("/sequences/import/aliceSeq0001", form("name", "Coast", "transport_type", "Walk"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(world.stores.importJobs.all()).isEmpty();
    }

    @Test
    void importNowAnswersAtOnceWithAProgressPageThatEndsOnTheNewSequence() {
        connect();
        world.services.importRunner.hold();

        HttpResponse<String> started =
                submit("aliceSeq0001", "name", "Coast", "description", "", "transport_type", "Walk", "tags", "coast");

        assertThat(started.statusCode()).isEqualTo(303);
        String job = location(started);
        assertThat(job).startsWith("/sequences/import/jobs/");
        HttpResponse<String> waiting = get(job);
        assertThat(waiting.body())
                .contains("Waiting for its turn.")
                .contains("hx-get=\"" + job + "\"")
                .contains("hx-trigger=\"every 1s\"")
                .contains("id=\"reload\"");
        assertThat(get(job, "HX-Request").body()).startsWith("<div id=\"import-progress\"");

        world.services.importRunner.release();

        HttpResponse<String> done = get(job);
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(location(done)).startsWith("/sequences/");
        HttpResponse<String> polled = get(job, "HX-Request");
        assertThat(polled.headers().firstValue("HX-Redirect")).contains(location(done));
        assertThat(browser.get(location(done)).statusCode()).isEqualTo(200);
        assertThat(get("/sequences/import" + RANGE).body()).doesNotContain("data-key=\"aliceSeq0001\"");
        User bob = world.person("bob");
        assertThat(browser.get(job, "Cookie", "mtp_session=" + world.sessionOf(bob))
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String header) {
        return browser.get(path, "Cookie", session, header, "true");
    }

    @Test
    void aFailedImportSaysWhyOnItsProgressPageAndStoredNothing() {
        connect();
        world.services.importRunner.hold();
        String job = location(submit("aliceSeq0001", "name", "Coast", "transport_type", "Walk"));
        world.stores.mapillary.failNextWith(new MapillaryException.Unavailable("down", null));

        world.services.importRunner.release();

        HttpResponse<String> page = get(job);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("The import failed; nothing was stored.")
                .contains("Mapillary is unavailable")
                .doesNotContain("hx-trigger");
        assertThat(get("/sequences/import" + RANGE).body()).contains("data-key=\"aliceSeq0001\"");
    }

    @Test
    void anImportedSequenceAndTheDailyLimitAreRefusedAboveTheForm() {
        connect();
        submit("aliceSeq0001", "name", "Coast", "transport_type", "Walk");

        HttpResponse<String> again = submit("aliceSeq0001", "name", "Coast", "transport_type", "Walk");

        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already been imported by someone");
    }

    @Test
    void withoutAMapillaryAppThePagesSaySoAndOfferNoButton() {
        world.stores.mapillaryAuthorization.notConfigured();
        connect();

        HttpResponse<String> page = get("/sequences/import");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("This server has no Mapillary app")
                .doesNotContain("connect-mapillary")
                .doesNotContain("id=\"range\"");
        assertThat(get("/sequences").body()).doesNotContain("import-from-mapillary");
        assertThat(location(get("/sequences/import/aliceSeq0001"))).isEqualTo("/sequences/import");
        assertThat(location(get("/sequences/import/connect?return_to=%2Fsequences%2Fimport")))
                .isEqualTo("/sequences/import");
    }

    @Test
    void aDraftIsFinishedThroughTheSamePickerByItsOwnerOnly() {
        connect();
        SequenceId draft = world.services.createDraft.createDraft(
                new CreateDraftUseCase.Command(alice.id(), details("From the uploader")));
        String finish = "/sequences/drafts/" + draft.value() + "/finish";

        HttpResponse<String> page = get(finish + RANGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Finish the draft")
                .contains("name=\"mapillary_sequence_key\" value=\"aliceSeq0001\"");
        User bob = world.person("bob");
        assertThat(browser.get(finish, "Cookie", "mtp_session=" + world.sessionOf(bob))
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> finished =
                post(finish, form("csrf", Browserless.csrfOf(page.body()), "mapillary_sequence_key", "aliceSeq0001"));

        assertThat(finished.statusCode()).isEqualTo(303);
        assertThat(location(finished)).isEqualTo("/sequences/" + draft.value());
        assertThat(world.services.queries.get(null, draft).sequence().isPublished())
                .isTrue();
        assertThat(location(get(finish))).isEqualTo("/sequences/" + draft.value());
    }

    @Test
    void finishingWithASequenceSomeoneImportedAnswers422WithThePickerAgain() {
        connect();
        submit("aliceSeq0001", "name", "Coast", "transport_type", "Walk");
        SequenceId draft = world.services.createDraft.createDraft(
                new CreateDraftUseCase.Command(alice.id(), details("From the uploader")));
        String finish = "/sequences/drafts/" + draft.value() + "/finish";
        String csrf = Browserless.csrfOf(get(finish + RANGE).body());

        HttpResponse<String> refused = post(finish, form("csrf", csrf, "mapillary_sequence_key", "aliceSeq0001"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("already been imported by someone");
    }

    private static String stateOf(String authorizationUrl) {
        String query = URI.create(authorizationUrl).getRawQuery();
        String state = query.substring(query.indexOf("state=") + "state=".length());
        return URLDecoder.decode(state, StandardCharsets.UTF_8);
    }
}
