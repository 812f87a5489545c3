package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.web.testing.Browserless.form;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;

/** Route tests of the pages on the in-memory application: statuses, escaping, headers and the forms' rules. */
class PagesTest {

    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private Sequence walk(User owner, String key, String name, int photos) {
        List<Photo> list = new ArrayList<>();
        for (int i = 0; i < photos; i++) {
            list.add(Photo.of(
                    ImageKey.of(key + i),
                    GeoPoint.of(13.4 + i * 0.0001, 52.5),
                    CompassAngle.of(i % 360),
                    Instant.parse("2024-01-05T10:00:00Z").plusSeconds(i)));
        }
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name(name)
                .description(HOSTILE + "\nsecond line")
                .tags("night,city")
                .photos(list)
                .build());
    }

    @Test
    void theHomePageOfAFreshDatabaseSaysHowToAddASequence() {
        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(home.body())
                .contains("<html lang=\"en\">")
                .contains("<main id=\"main\"")
                .contains("No sequence has been published yet.")
                .contains("desktop uploader");
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-cache");
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theHomePageListsTheLatestSequencesWithHostileNamesShownAsText() {
        User alice = world.person("alice");
        walk(alice, "h", HOSTILE, 2);

        String body = browser.get("/").body();

        assertThat(body)
                .contains(ESCAPED)
                .doesNotContain(HOSTILE)
                .contains("/users/alice")
                .contains("night");
    }

    @Test
    void aSequencePageShowsTheTrackMetadataAndTheFirstFiftyPhotos() {
        User alice = world.person("alice");
        Sequence s = walk(alice, "p", HOSTILE, 60);

        HttpResponse<String> page = browser.get("/sequences/" + s.id());
        HttpResponse<String> second = browser.get("/sequences/" + s.id() + "?page=2");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(ESCAPED)
                .doesNotContain(HOSTILE)
                .contains("data-track=\"/sequences/" + s.id() + ".geojson\"")
                .contains("data-tile-url=\"" + WebWorld.TILE_URL + "\"")
                .contains("data-tile-attribution=\"Test tiles &lt;b")
                .contains("2024-01-05 10:00:00 UTC")
                .contains("https://www.mapillary.com/app/?pKey=p0")
                .contains("0 viewpoints")
                .contains("Page 1 of 2")
                .contains("href=\"/sequences/" + s.id() + ".gpx\"")
                .doesNotContain("pKey=p50");
        assertThat(second.body()).contains("pKey=p50").contains("pKey=p59").contains("start=\"51\"");
    }

    @Test
    void someoneElsesDraftAndAMalformedIdAreNotFoundPages() {
        User alice = world.person("alice");
        User bob = world.person("bob");
        Sequence draft = world.store(TestSequences.draft(alice.id()));

        HttpResponse<String> anonymous = browser.get("/sequences/" + draft.id());
        HttpResponse<String> other =
                browser.get("/sequences/" + draft.id(), "Cookie", "mtp_session=" + world.sessionOf(bob));
        HttpResponse<String> own =
                browser.get("/sequences/" + draft.id(), "Cookie", "mtp_session=" + world.sessionOf(alice));

        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.body()).contains("Page not found");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Draft: only you can see it.");
        assertThat(browser.get("/sequences/not-a-uuid").statusCode()).isEqualTo(400);
    }

    @Test
    void theTrackDownloadsAreAttachmentsInGpxAndGeoJson() {
        Sequence s = walk(world.person("alice"), "d", HOSTILE, 3);

        HttpResponse<String> gpx = browser.get("/sequences/" + s.id() + ".gpx");
        HttpResponse<String> geoJson = browser.get("/sequences/" + s.id() + ".geojson");

        assertThat(gpx.statusCode()).isEqualTo(200);
        assertThat(gpx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/gpx+xml");
        assertThat(gpx.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"sequence-" + s.id() + ".gpx\"");
        assertThat(gpx.body()).contains("<trkpt lat=\"52.5\" lon=\"13.4\">").contains(ESCAPED);
        assertThat(geoJson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(geoJson.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(geoJson.body()).contains("\"type\":\"LineString\"").contains("\"owner\":\"alice\"");
    }

    @Test
    void likingTakesASessionAndTheFormTokenAndAnswers303OrTheControlForHtmx() {
        Sequence s = walk(world.person("alice"), "l", "Walk", 2);
        User bobUser = world.person("bob");
        String bob = "mtp_session=" + world.sessionOf(bobUser);
        String url = "/sequences/" + s.id();
        HttpResponse<String> page = browser.get(url, "Cookie", bob);
        String token = Browserless.csrfOf(page.body());

        HttpResponse<String> anonymous = browser.post(url + "/like", form("action", "like", "csrf", token));
        HttpResponse<String> noToken = browser.post(url + "/like", form("action", "like"), "Cookie", bob);
        HttpResponse<String> wrongToken =
                browser.post(url + "/like", form("action", "like", "csrf", token + "x"), "Cookie", bob);
        HttpResponse<String> liked = browser.post(url + "/like", form("action", "like", "csrf", token), "Cookie", bob);
        HttpResponse<String> htmx = browser.post(
                url + "/like", form("action", "unlike", "csrf", token), "Cookie", bob, "HX-Request", "true");

        assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(page.body()).contains("aria-pressed=\"false\"");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).contains("/sign-in?return_to=%2Fsequences%2F" + s.id());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.body()).contains("Not allowed");
        assertThat(liked.statusCode()).isEqualTo(303);
        assertThat(liked.headers().firstValue("Location")).contains(url);
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body())
                .startsWith("<div class=\"like\"")
                .contains("0 likes")
                .contains("aria-pressed=\"false\"");
        assertThat(world.services.likeStatus.likes(bobUser.id(), LikeTarget.sequence(s.id())))
                .isFalse();
    }

    @Test
    void markingAViewpointCountsOnThePhotoAndTheOwnerGetsNoControls() {
        User alice = world.person("alice");
        Sequence s = walk(alice, "v", "Walk", 2);
        String bob = "mtp_session=" + world.sessionOf(world.person("bob"));
        String url = "/sequences/" + s.id();
        String token = Browserless.csrfOf(browser.get(url, "Cookie", bob).body());

        HttpResponse<String> marked =
                browser.post(url + "/photos/v1/viewpoint", form("csrf", token, "action", "mark"), "Cookie", bob);
        String ownersPage = browser.get(url, "Cookie", "mtp_session=" + world.sessionOf(alice))
                .body();

        assertThat(marked.statusCode()).isEqualTo(303);
        assertThat(marked.headers().firstValue("Location")).contains(url + "#viewpoint-v1");
        assertThat(ownersPage)
                .contains("1 viewpoint")
                .doesNotContain("Mark as viewpoint")
                .doesNotContain(">Like<");
    }

    @Test
    void aProfileShowsTotalsRanksAndPublishedSequencesButNeverTheEmail() {
        User alice = world.person("alice");
        walk(alice, "a", HOSTILE, 2);
        world.store(TestSequences.draft(alice.id()));

        HttpResponse<String> profile = browser.get("/users/alice");

        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body())
                .contains("2 photos")
                .contains("#1")
                .contains(ESCAPED)
                .doesNotContain(HOSTILE)
                .doesNotContain("alice@example.org")
                .doesNotContain("Draft");
        assertThat(browser.get("/users/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAnswerTheNotFoundPageAndUnexpectedFailuresAReference() {
        HttpResponse<String> unknown = browser.get("/no/such/page");
        HttpResponse<String> failing = browser.get("/users/" + WebWorld.FAILING_USER);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found").contains("<html lang=\"en\">");
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(failing.statusCode()).isEqualTo(500);
        String reference = failing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(failing.body()).contains("Reference: <code>" + reference + "</code>");
        assertThat(failing.body()).doesNotContain("a failure nobody expected");
        HttpResponse<String> wrongMethod = browser.post("/users/alice", form());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow").orElseThrow()).contains("GET");
        assertThat(wrongMethod.body()).contains("Not allowed here");
    }

    @Test
    void assetsAreVersionedCachedForAYearAndServedCompressed() {
        String home = browser.get("/").body();
        String css = home.replaceAll("(?s).*href=\"(/assets/[0-9a-f]+/site.css)\".*", "$1");

        HttpResponse<byte[]> compressed = browser.getBytes(css, "Accept-Encoding", "gzip");
        HttpResponse<String> leaflet = browser.get(css.replace("site.css", "leaflet/leaflet.css"));
        HttpResponse<String> oldVersion = browser.get("/assets/000000000000/site.css");

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(leaflet.statusCode()).isEqualTo(200);
        assertThat(oldVersion.statusCode()).isEqualTo(404);
        assertThat(browser.get("/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(browser.get("/assets/site.css").headers().firstValue("Cache-Control"))
                .contains("public, max-age=3600");
    }
}
