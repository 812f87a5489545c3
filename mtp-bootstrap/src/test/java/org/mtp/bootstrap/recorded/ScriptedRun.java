package org.mtp.bootstrap.recorded;

import static org.mtp.bootstrap.recorded.Browser.accessToken;
import static org.mtp.bootstrap.recorded.Browser.approval;
import static org.mtp.bootstrap.recorded.Request.delete;
import static org.mtp.bootstrap.recorded.Request.get;
import static org.mtp.bootstrap.recorded.Request.patch;
import static org.mtp.bootstrap.recorded.Request.post;
import static org.mtp.bootstrap.recorded.Request.put;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.recorded.Request.Kept;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * The scripted run over every route of the API, one scenario group after another, as people and clients use it:
 * operations, accounts and OAuth, the desktop uploader's requests byte for byte, Mapillary, sequences, likes and
 * viewpoints, tours, challenges and leaderboards. It never judges an answer (the recording does) and reads what it
 * needs from answers leniently, so that a change shows where it happened.
 */
final class ScriptedRun {

    private static final String UPLOADER = Browser.UPLOADER;
    private static final String PASSWORD = Browser.PASSWORD;
    private static final String PUBLIC = "?client_id=" + UPLOADER;
    private static final String WEB_CLIENT =
            "{\"name\":\"Web\",\"redirect_uris\":[\"https://web.example/cb\"],\"type\":\"confidential\"}";
    private static final String EQUATOR =
            "{\"type\":\"Polygon\",\"coordinates\":[[[-1,-1],[1,-1],[1,2.5],[-1,2.5],[-1,-1]]]}";
    private static final String MAPILLARY_CODE = "recorded-mapillary-code";
    private static final List<Map.Entry<UserId, MapillaryToken>> MAPILLARY_TOKENS = List.of(
            Map.entry(TestUsers.alice(), MapillaryToken.of("MLYaliceRecordedToken")),
            Map.entry(TestUsers.bob(), MapillaryToken.of("MLYbobRecordedToken")),
            Map.entry(TestUsers.carol(), MapillaryToken.of(UploaderRequests.SEED_TOKEN)));

    private final Recorder rec;
    private final Browser browser;
    private final FakeMapillaryServer mapillary;
    private String alice;
    private String bob;
    private String carol;
    private String ride;
    private String june;
    private String kayak;

    ScriptedRun(Recorder rec, FakeMapillaryServer mapillary) {
        this.rec = rec;
        this.browser = new Browser(rec);
        this.mapillary = mapillary;
    }

    /**
     * Puts on the fake Mapillary the accounts and sequences the run imports and lists, each of a length of its own:
     * lists sorted by distance break ties by the generated ids.
     */
    static void seed(FakeMapillaryServer mapillary) {
        MAPILLARY_TOKENS.forEach(
                account -> mapillary.addUser(TestSequences.mapillaryUserOf(account.getKey()), account.getValue()));
        onMapillary(
                mapillary,
                TestUsers.alice(),
                "recRide0001",
                TransportType.BICYCLE,
                "2024-05-04T07:30:00Z",
                GeoPoint.of(0, 0),
                GeoPoint.of(0, 1),
                GeoPoint.of(0, 2));
        onMapillary(
                mapillary,
                TestUsers.alice(),
                "recJune0001",
                TransportType.WALK,
                "2024-06-05T18:00:00Z",
                GeoPoint.of(0.5, 0.5),
                GeoPoint.of(0.5, 0.52));
        onMapillary(
                mapillary,
                TestUsers.alice(),
                "recJune0002",
                TransportType.WALK,
                "2024-06-20T18:00:00Z",
                GeoPoint.of(3, 3),
                GeoPoint.of(3, 3.01));
        onMapillary(
                mapillary,
                TestUsers.bob(),
                "recKayak0001",
                TransportType.KAYAK,
                "2024-05-11T10:00:00Z",
                GeoPoint.of(10, 50),
                GeoPoint.of(10.01, 50),
                GeoPoint.of(10.02, 50),
                GeoPoint.of(10.03, 50));
        onMapillary(
                mapillary,
                TestUsers.carol(),
                UploaderRequests.SEED_KEY,
                TransportType.KAYAK,
                "2024-05-20T12:00:00Z",
                GeoPoint.of(-0.5, 0.2),
                GeoPoint.of(-0.5, 0.235));
    }

    private static void onMapillary(
            FakeMapillaryServer mapillary,
            UserId owner,
            String key,
            TransportType transport,
            String capturedAt,
            GeoPoint... points) {
        mapillary.addSequence(TestSequences.aSequence()
                .owner(owner)
                .key(key)
                .transport(transport)
                .capturedAt(Instant.parse(capturedAt))
                .points(points)
                .mapillary());
    }

    void run() {
        operations();
        accounts();
        uploader();
        mapillaryAccount();
        sequences();
        social();
        tours();
        challenges();
        leaderboards();
    }

    private void operations() {
        rec.group("operations");
        rec.send("liveness", get("/health/live"));
        rec.send("readiness", get("/health/ready"));
        rec.send("the Prometheus scrape", get("/metrics").keeping(Kept.STATUS_AND_CONTENT_TYPE));
        rec.send("the OpenAPI document", get("/api/v1/openapi.json").keeping(Kept.BODY_DIGEST));
        rec.send("the transport types, for a known client", get("/api/v1/transport-types" + PUBLIC));
        rec.send("the transport types without a client: 401", get("/api/v1/transport-types"));
        rec.send("the transport types for an unknown client: 401", get("/api/v1/transport-types?client_id=nobody"));
        rec.send(
                "the transport types as CSV: 406",
                get("/api/v1/transport-types" + PUBLIC).accept("text/csv"));
        rec.send("a route that does not exist: 404", get("/api/v1/no-such-route" + PUBLIC));
        rec.send("a route asked with a method it lacks: 405", delete("/api/v1/transport-types" + PUBLIC));
        rec.send("liveness asked with POST: 405", post("/health/live"));
    }

    private void accounts() {
        rec.group("accounts");
        rec.send("alice signs up", Browser.signUp("alice"));
        rec.send("alice signs up again: 409", Browser.signUp("alice"));
        rec.send(
                "a sign-up that breaks every rule: 400",
                post("/api/v1/users" + PUBLIC).form("username", "a b", "email", "not-an-email", "password", "short"));
        rec.send(
                "a sign-up without a client: 401",
                post("/api/v1/users").form("username", "zed", "email", "zed@example.org", "password", PASSWORD));
        SignInPage page =
                browser.open("alice opens the sign-in page", "client_id=" + UPLOADER + "&response_type=token");
        Exchange wrong = browser.submit(
                "alice gives a wrong password: 401 and a fresh form",
                page,
                "username",
                "alice",
                "password",
                "wrong horse",
                "approve",
                "true");
        alice = accessToken(browser.submit("alice signs in and approves", SignInPage.of(wrong), approval("alice")));
        rec.send("alice reads who she is", get("/api/v1/me").bearer(alice));
        rec.send("who am I, without a token: 401", get("/api/v1/me"));
        rec.send("who am I, with a token nobody issued: 401", get("/api/v1/me").bearer("not-a-token"));
        rec.send(
                "the sign-in page for an unknown client: 400",
                get("/api/v1/authorize?client_id=nobody&response_type=token").header(Browser.ACCEPT));
        rec.send(
                "the sign-in page for an unknown response type: the error goes back to the client",
                get("/api/v1/authorize?client_id=" + UPLOADER + "&response_type=bogus&state=xyz")
                        .header(Browser.ACCEPT));
        SignInPage denied = browser.open(
                "alice opens the sign-in page with a state",
                "client_id=" + UPLOADER + "&response_type=token&state=abc");
        browser.submit(
                "alice denies: access_denied goes back to the client",
                denied,
                "username",
                "alice",
                "password",
                PASSWORD);
        rec.send(
                "a sign-in posted without the page's cookie: 400",
                post("/api/v1/authorize").header(Browser.ACCEPT).form(denied.with(approval("alice"))));
        bob = browser.signUpAndSignIn("bob");
        String aliceReads = accessToken(browser.submit(
                "alice approves a read-only token",
                browser.open(
                        "alice opens the sign-in page for reading only",
                        "client_id=" + UPLOADER + "&response_type=token&scope=read"),
                approval("alice")));
        rec.send(
                "registering a client with a read-only token: 403",
                post("/api/v1/clients").bearer(aliceReads).json(WEB_CLIENT));
        Exchange registered = rec.send(
                "alice registers a confidential web client",
                post("/api/v1/clients").bearer(alice).json(WEB_CLIENT));
        String web = registered.text("client_id");
        rec.send(
                "a client without redirect URIs: 400",
                post("/api/v1/clients")
                        .bearer(alice)
                        .json("{\"name\":\"Web\",\"redirect_uris\":[],\"type\":\"confidential\"}"));
        Exchange approved = browser.submit(
                "alice approves the web client: a code goes back to it",
                browser.open(
                        "alice opens the web client's sign-in page",
                        "client_id=" + web + "&response_type=code&state=s1"),
                approval("alice"));
        Request exchangeCode = post("/api/v1/oauth/token")
                .form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        Browser.redirectParameter(approved.header("Location"), '?', "code"),
                        "client_id",
                        web,
                        "client_secret",
                        registered.text("client_secret"));
        String webToken = rec.send("the web client exchanges the code for a token", exchangeCode)
                .text("access_token");
        rec.send("the web client reads who alice is", get("/api/v1/me").bearer(webToken));
        rec.send(
                "another grant type: 400 unsupported_grant_type",
                post("/api/v1/oauth/token").form("grant_type", "password", "username", "alice", "password", PASSWORD));
        rec.send("the same code again: 400 invalid_grant", exchangeCode);
        rec.send(
                "the token of a code used twice no longer works: 401",
                get("/api/v1/me").bearer(webToken));
        Exchange tokens = rec.send(
                "alice lists the tokens she granted, one a page",
                get("/api/v1/me/tokens?limit=1").bearer(alice));
        rec.send("the next page of her tokens", get(tokens.text("next")).bearer(alice));
        rec.send(
                "alice revokes the newest, the read-only one",
                delete("/api/v1/me/tokens/" + tokens.text("items", 0, "id")).bearer(alice));
        rec.send("the revoked token no longer works: 401", get("/api/v1/me").bearer(aliceReads));
        rec.send(
                "revoking a token by an id that is no id: 404",
                delete("/api/v1/me/tokens/not-an-id").bearer(alice));
        rec.send(
                "the uploader revokes bob's token (RFC 7009)",
                post("/api/v1/oauth/revoke").form("token", bob, "client_id", UPLOADER));
        rec.send("bob's revoked token no longer works: 401", get("/api/v1/me").bearer(bob));
        rec.send(
                "revoking without naming a token: 400",
                post("/api/v1/oauth/revoke").form("client_id", UPLOADER));
        bob = browser.signIn("bob", "bob signs in again");
    }

    /** The requests of docs' uploader-requests.http, numbered as there, each as it stands. */
    private void uploader() {
        rec.group("uploader");
        ride = rec.send("1. the uploader creates a draft (urlencoded, trailing slash)", UploaderRequests.create(alice))
                .text("unique_id");
        rec.send(
                "2. the uploader attaches the Street View share link",
                UploaderRequests.attach(
                        ride, alice, "{\"google_street_view\":\"https://goo.gl/maps/RecordedShare1\"}"));
        Request attachMapillary = UploaderRequests.attach(
                ride,
                alice,
                "{\"mapillary_user_token\":\"" + tokenOf(TestUsers.alice())
                        + "\",\"mapillary_sequence_key\":\"recRide0001\"}");
        rec.send("3. the uploader attaches the Mapillary sequence: published", attachMapillary);
        rec.send("3. the uploader polls again: nothing changes", attachMapillary);
        rec.send(
                "4. the uploader attaches the Strava activity",
                UploaderRequests.attach(ride, alice, "{\"strava\":\"1234567890\"}"));
        rec.send(
                "the uploader attaches to an id that is no id: 404",
                UploaderRequests.attach("not-an-id", alice, "{\"strava\":\"1\"}"));
        rec.send("carol signs up", Browser.signUp("carol"));
        rec.send("7. the seed's curl opens the sign-in page", UploaderRequests.curlAuthorize());
        carol = accessToken(browser.submit(
                "5. carol signs in and approves: the token goes to the app's scheme",
                browser.open(
                        "5. carol's browser opens the sign-in page", "client_id=" + UPLOADER + "&response_type=token"),
                approval("carol")));
        rec.send(
                "6. Mapillary's sign-in relay",
                get(
                        "/accounts/check-mtpu-mapillary-oauth?access_token=MLYrelayed&token_type=bearer&expires_in=5184000"));
        rec.send(
                "6. Google's sign-in relay",
                get(
                        "/accounts/check-mtpu-google-oauth?access_token=ya29.relayed"
                                + "&token_type=Bearer&expires_in=3599&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fstreetviewpublish"));
        rec.send("6. Strava's sign-in relay", get("/exchange_token?state=&code=relayedcode&scope=read,activity:write"));
        rec.send("6. a relay without a query", get("/accounts/check-mtpu-mapillary-oauth"));
        String seeded = rec.send("8. the seed's curl creates a draft (multipart)", UploaderRequests.curlCreate(carol))
                .text("unique_id");
        rec.send("8. the same without credentials: 401", UploaderRequests.curlCreate(null));
        rec.send(
                "9. the seed's curl attaches Mapillary data (JSON under curl's form type)",
                UploaderRequests.curlAttach(seeded, carol));
    }

    private void mapillaryAccount() {
        rec.group("mapillary");
        rec.send(
                "alice connects Mapillary with her token",
                post("/api/v1/mapillary/token/verify")
                        .bearer(alice)
                        .form("mapillary_token", tokenOf(TestUsers.alice())));
        rec.send(
                "a token Mapillary does not know: 422",
                post("/api/v1/mapillary/token/verify").bearer(alice).form("mapillary_token", "MLYunknown"));
        rec.send(
                "connecting without a token: 400",
                post("/api/v1/mapillary/token/verify").bearer(alice).json("{}"));
        Exchange connect = rec.send(
                "alice starts connecting through Mapillary's sign-in",
                get("/api/v1/mapillary/connect").bearer(alice));
        mapillary.acceptCode(MAPILLARY_CODE, TestSequences.mapillaryUserOf(TestUsers.alice()));
        Request callback = get("/api/v1/mapillary/callback?code=" + MAPILLARY_CODE + "&state="
                        + Browser.redirectParameter(connect.text("authorization_url"), '?', "state"))
                .header(Browser.ACCEPT);
        rec.send("Mapillary sends alice's browser back: connected", callback);
        rec.send("the same callback again: 400", callback);
        rec.send(
                "alice declines on Mapillary: 403",
                get("/api/v1/mapillary/callback?error=access_denied" + "&error_description=The+user+denied+the+request")
                        .header(Browser.ACCEPT));
        Exchange first = rec.send(
                "alice's Mapillary sequences of June nobody imported, one a page",
                get("/api/v1/mapillary/sequences?from=2024-06-01&to=2024-06-30&limit=1")
                        .bearer(alice));
        rec.send("the next page", get(first.text("next")).bearer(alice));
        rec.send(
                "the list without its end: 400",
                get("/api/v1/mapillary/sequences?from=2024-06-01").bearer(alice));
        rec.send(
                "the list for bob, who did not connect: 409",
                get("/api/v1/mapillary/sequences?from=2024-06-01&to=2024-06-30").bearer(bob));
        Request importJune = post("/api/v1/sequence/import")
                .bearer(alice)
                .json("{\"sequence_key\":\"recJune0001\","
                        + "\"name\":\"June walk\",\"transport_type\":\"Walk\",\"tags\":[\"dusk\"]}");
        june = rec.send("alice imports the first in one step", importJune).text("unique_id");
        rec.send("the same import again: 409", importJune);
        rec.send(
                "an import without a key: 400",
                post("/api/v1/sequence/import").bearer(alice).form("name", "No key", "transport_type", "Walk"));
    }

    private void sequences() {
        rec.group("sequences");
        kayak = rec.send(
                        "bob creates a draft (JSON)",
                        post("/api/v1/sequence/create")
                                .bearer(bob)
                                .json("{\"name\":\"Kayak trip\",\"transport_type\":\"Kayak\",\"tags\":[\"sea\"]}"))
                .text("unique_id");
        rec.send(
                "bob attaches his Mapillary sequence (the seed's field names, as a form)",
                put("/api/v1/sequence/import/" + kayak)
                        .bearer(bob)
                        .form("token", tokenOf(TestUsers.bob()), "seq_key", "recKayak0001"));
        rec.send("the latest published sequences", get("/api/v1/sequences" + PUBLIC));
        Exchange first = rec.send("the latest, one a page", get("/api/v1/sequences" + PUBLIC + "&limit=1"));
        rec.send("the next page", get(first.text("next")));
        rec.send("the longest first", get("/api/v1/sequences" + PUBLIC + "&sort=distance"));
        rec.send("alice's bicycle rides", get("/api/v1/sequences" + PUBLIC + "&username=alice&transport_type=Bicycle"));
        rec.send("inside a bounding box", get("/api/v1/sequences" + PUBLIC + "&bbox=-1,-1,1,3"));
        rec.send("captured in May 2024", get("/api/v1/sequences" + PUBLIC + "&from=2024-05-01&to=2024-05-31"));
        rec.send("an unknown sort: 400", get("/api/v1/sequences" + PUBLIC + "&sort=newest"));
        rec.send("a forged cursor: 400", get("/api/v1/sequences" + PUBLIC + "&cursor=Zm9yZ2Vk.Zm9yZ2Vk"));
        String draft = rec.send(
                        "alice creates a draft (form)",
                        post("/api/v1/sequence/create")
                                .bearer(alice)
                                .form("name", "Evening walk", "transport_type", "Walk"))
                .text("unique_id");
        rec.send("alice lists her drafts", get("/api/v1/sequences?status=draft").bearer(alice));
        rec.send("the drafts without a user: 401", get("/api/v1/sequences" + PUBLIC + "&status=draft"));
        rec.send("alice reads her draft", get("/api/v1/sequences/" + draft).bearer(alice));
        rec.send(
                "bob reads alice's draft: 404",
                get("/api/v1/sequences/" + draft).bearer(bob));
        rec.send("a client reads alice's draft: 404", get("/api/v1/sequences/" + draft + PUBLIC));
        rec.send(
                "a draft without a name: 400",
                post("/api/v1/sequence/create").bearer(alice).form("transport_type", "Walk"));
        rec.send(
                "a draft of an unknown transport type: 400",
                post("/api/v1/sequence/create").bearer(alice).form("name", "Hover", "transport_type", "Hovercraft"));
        rec.send("alice's ride as JSON", get("/api/v1/sequences/" + ride + PUBLIC));
        rec.send(
                "alice's ride as GeoJSON",
                get("/api/v1/sequences/" + ride + PUBLIC).accept("application/geo+json"));
        rec.send(
                "alice's ride as GPX", get("/api/v1/sequences/" + ride + PUBLIC).accept("application/gpx+xml"));
        rec.send(
                "alice's ride as CSV: 406",
                get("/api/v1/sequences/" + ride + PUBLIC).accept("text/csv"));
        rec.send("a sequence by an id that is no id: 404", get("/api/v1/sequences/not-an-id" + PUBLIC));
        rec.send(
                "alice edits her ride (merge patch)",
                patch("/api/v1/sequences/" + ride)
                        .bearer(alice)
                        .json("{\"name\":\"Morning ride\",\"description\":null,\"tags\":[\"canal\",\"forest\"]}"));
        rec.send(
                "bob edits alice's ride: 403",
                patch("/api/v1/sequences/" + ride).bearer(bob).json("{\"name\":\"Mine now\"}"));
        rec.send(
                "an edit that removes the name: 400",
                patch("/api/v1/sequences/" + ride).bearer(alice).json("{\"name\":null}"));
        rec.send(
                "bob deletes alice's draft: refused",
                delete("/api/v1/sequences/" + draft).bearer(bob));
        rec.send("alice deletes her draft", delete("/api/v1/sequences/" + draft).bearer(alice));
        rec.send("the deleted draft: 404", get("/api/v1/sequences/" + draft).bearer(alice));
    }

    private void social() {
        rec.group("social");
        String photo = rec.send("alice's ride with its photos", get("/api/v1/sequences/" + ride + PUBLIC))
                .text("photos", 0, "image_key");
        String like = "/api/v1/sequences/" + ride + "/like";
        rec.send("bob likes alice's ride", put(like).bearer(bob));
        rec.send("bob likes it again: still one like", put(like).bearer(bob));
        rec.send("alice likes her own ride: 403", put(like).bearer(alice));
        rec.send("carol likes it", put(like).bearer(carol));
        rec.send("carol takes her like back", delete(like).bearer(carol));
        // One a page: the sequences nobody liked tie, and ties go by their generated ids.
        rec.send("the most liked sequence", get("/api/v1/sequences" + PUBLIC + "&sort=most_likes&limit=1"));
        rec.send("liking as a client, not a user: 401", put(like + PUBLIC));
        rec.send(
                "liking a sequence that does not exist: 404",
                put("/api/v1/sequences/00000000-0000-4000-8000-00000000abcd/like")
                        .bearer(bob));
        String viewpoint = "/api/v1/sequences/" + ride + "/photos/" + photo + "/viewpoint";
        rec.send("bob marks a viewpoint on the first photo", put(viewpoint).bearer(bob));
        rec.send("carol marks the same", put(viewpoint).bearer(carol));
        rec.send("carol unmarks it", delete(viewpoint).bearer(carol));
        rec.send("alice marks her own photo: 403", put(viewpoint).bearer(alice));
        rec.send(
                "a photo the sequence lacks: 404",
                put("/api/v1/sequences/" + ride + "/photos/no-such-photo/viewpoint")
                        .bearer(bob));
        rec.send("alice's ride with its like and viewpoint", get("/api/v1/sequences/" + ride + PUBLIC));
    }

    private void tours() {
        rec.group("tours");
        String tour = rec.send(
                        "alice makes a tour of her two sequences",
                        post("/api/v1/tours")
                                .bearer(alice)
                                .json("{\"name\":\"Canal and June\",\"description\":\"Both of them\",\"sequences\":[\""
                                        + ride + "\",\"" + june + "\"]}"))
                .text("unique_id");
        String second = rec.send(
                        "alice makes a second tour (form)",
                        post("/api/v1/tours").bearer(alice).form("name", "Just the ride", "sequences", ride))
                .text("unique_id");
        rec.send(
                "a tour without a name: 400",
                post("/api/v1/tours").bearer(alice).json("{\"sequences\":[]}"));
        rec.send(
                "a tour of bob's sequence: refused",
                post("/api/v1/tours").bearer(alice).json("{\"name\":\"Borrowed\",\"sequences\":[\"" + kayak + "\"]}"));
        rec.send("the tours", get("/api/v1/tours" + PUBLIC));
        Exchange first =
                rec.send("alice's tours, one a page", get("/api/v1/tours" + PUBLIC + "&username=alice&limit=1"));
        rec.send("the next page", get(first.text("next")));
        rec.send("the tour", get("/api/v1/tours/" + tour + PUBLIC));
        rec.send("the tour as GeoJSON", get("/api/v1/tours/" + tour + PUBLIC).accept("application/geo+json"));
        rec.send("the tour as GPX", get("/api/v1/tours/" + tour + PUBLIC).accept("application/gpx+xml"));
        rec.send(
                "alice renames the tour and tags it",
                patch("/api/v1/tours/" + tour)
                        .bearer(alice)
                        .json("{\"name\":\"Canal, then June\",\"tags\":[\"summer\"]}"));
        rec.send(
                "bob renames alice's tour: 403",
                patch("/api/v1/tours/" + tour).bearer(bob).json("{\"name\":\"Mine now\"}"));
        rec.send(
                "alice reorders the tour",
                put("/api/v1/tours/" + tour + "/sequences")
                        .bearer(alice)
                        .json("{\"sequences\":[\"" + june + "\",\"" + ride + "\"]}"));
        rec.send(
                "a reorder that names a sequence twice: 400",
                put("/api/v1/tours/" + tour + "/sequences")
                        .bearer(alice)
                        .json("{\"sequences\":[\"" + ride + "\",\"" + ride + "\"]}"));
        rec.send(
                "alice takes the ride out",
                delete("/api/v1/tours/" + tour + "/sequences/" + ride).bearer(alice));
        Request addRide =
                post("/api/v1/tours/" + tour + "/sequences").bearer(alice).json("{\"sequence\":\"" + ride + "\"}");
        rec.send("alice adds it back at the end", addRide);
        rec.send("adding it again: 409", addRide);
        rec.send("bob likes the tour", put("/api/v1/tours/" + tour + "/like").bearer(bob));
        rec.send(
                "bob takes his like back",
                delete("/api/v1/tours/" + tour + "/like").bearer(bob));
        rec.send("bob likes it again", put("/api/v1/tours/" + tour + "/like").bearer(bob));
        rec.send(
                "alice likes her own tour: 403",
                put("/api/v1/tours/" + tour + "/like").bearer(alice));
        rec.send(
                "bob deletes alice's second tour: 403",
                delete("/api/v1/tours/" + second).bearer(bob));
        rec.send(
                "alice deletes her second tour",
                delete("/api/v1/tours/" + second).bearer(alice));
        rec.send("the deleted tour: 404", get("/api/v1/tours/" + second + PUBLIC));
    }

    private void challenges() {
        rec.group("challenges");
        String equator = rec.send(
                        "bob sets a challenge around the equator",
                        post("/api/v1/challenges")
                                .bearer(bob)
                                .json("{\"name\":\"Equator\",\"description\":\"Photos near 0,0\",\"area\":" + EQUATOR
                                        + ",\"start\":\"2000-01-01\",\"end\":\"2100-12-31\",\"metric\":\"photos\"}"))
                .text("unique_id");
        String upcoming = rec.send(
                        "bob sets an upcoming one, bicycles and GoPros only, by distance",
                        post("/api/v1/challenges")
                                .bearer(bob)
                                .json("{\"name\":\"Next decade\",\"area\":" + EQUATOR
                                        + ",\"start\":\"2030-01-01\",\"end\":\"2030-12-31\",\"transport_types\":[\"Bicycle\"],"
                                        + "\"camera_makes\":[\"GoPro\"],\"metric\":\"distance\"}"))
                .text("unique_id");
        rec.send(
                "a challenge that ends before it starts: 400",
                post("/api/v1/challenges")
                        .bearer(bob)
                        .json("{\"name\":\"Backwards\",\"area\":" + EQUATOR
                                + ",\"start\":\"2024-02-01\",\"end\":\"2024-01-01\"}"));
        rec.send("the challenges", get("/api/v1/challenges" + PUBLIC));
        rec.send("the active challenges", get("/api/v1/challenges" + PUBLIC + "&status=active"));
        rec.send("the upcoming challenges", get("/api/v1/challenges" + PUBLIC + "&status=upcoming"));
        rec.send("an unknown status: 400", get("/api/v1/challenges" + PUBLIC + "&status=soon"));
        rec.send("the equator challenge", get("/api/v1/challenges/" + equator + PUBLIC));
        rec.send("its leaderboard", get("/api/v1/challenges/" + equator + "/leaderboard" + PUBLIC));
        rec.send(
                "bob edits its description",
                patch("/api/v1/challenges/" + equator)
                        .bearer(bob)
                        .json("{\"description\":\"Photos near the equator\"}"));
        rec.send(
                "alice edits bob's challenge: 403",
                patch("/api/v1/challenges/" + equator).bearer(alice).json("{\"name\":\"Mine now\"}"));
        rec.send(
                "an edit to an unknown metric: 400",
                patch("/api/v1/challenges/" + equator).bearer(bob).json("{\"metric\":\"likes\"}"));
        rec.send(
                "bob deletes the upcoming one",
                delete("/api/v1/challenges/" + upcoming).bearer(bob));
        rec.send("the deleted challenge: 404", get("/api/v1/challenges/" + upcoming + PUBLIC));
        rec.send(
                "the leaderboard of a challenge by an id that is no id: 404",
                get("/api/v1/challenges/not-an-id/leaderboard" + PUBLIC));
    }

    private void leaderboards() {
        rec.group("leaderboards");
        rec.send("the most photos", get("/api/v1/leaderboards/photos" + PUBLIC));
        Exchange first = rec.send(
                "the longest distance, one a page", get("/api/v1/leaderboards/distance" + PUBLIC + "&limit=1"));
        rec.send("the next page", get(first.text("next")));
        rec.send("the most viewpoints", get("/api/v1/leaderboards/viewpoints" + PUBLIC));
        rec.send("the most photos by kayak", get("/api/v1/leaderboards/photos" + PUBLIC + "&transport_type=Kayak"));
        rec.send("the most photos of May 2024", get("/api/v1/leaderboards/photos" + PUBLIC + "&period=2024-05"));
        rec.send("the most photos by GoPro", get("/api/v1/leaderboards/photos" + PUBLIC + "&camera_make=GoPro"));
        rec.send(
                "a period and a window together: 400",
                get("/api/v1/leaderboards/photos" + PUBLIC + "&period=2024&from=2024-01-01&to=2024-12-31"));
        rec.send("a leaderboard that does not exist: 404", get("/api/v1/leaderboards/likes" + PUBLIC));
        rec.send(
                "alice deletes her June walk",
                delete("/api/v1/sequences/" + june).bearer(alice));
        rec.send("the most photos without it", get("/api/v1/leaderboards/photos" + PUBLIC));
        rec.send("alice's sequences without it", get("/api/v1/sequences" + PUBLIC + "&username=alice"));
    }

    private static String tokenOf(UserId person) {
        return MAPILLARY_TOKENS.stream()
                .filter(account -> account.getKey().equals(person))
                .findFirst()
                .orElseThrow()
                .getValue()
                .reveal();
    }
}
