package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** Route tests of the leaderboard pages on the in-memory application: filters, their refusals, ties, paging. */
class LeaderboardPagesTest {

    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private void walk(User owner, String key, TransportType type, String camera, int photos) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(13.4 + i * 0.001, 52.5);
        }
        world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .transport(type)
                .camera(camera, camera + " One")
                .capturedAt(Instant.parse("2024-06-05T10:00:00Z"))
                .points(points)
                .build());
    }

    private String body(String path) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    @Test
    void aBoardRanksEveryoneGloballyWithTiesAndEachFilterNarrowsIt() {
        walk(world.person("alice"), "a", TransportType.WALK, "GoPro", 3);
        walk(world.person("bob"), "b", TransportType.WALK, "Sony", 2);
        walk(world.person("carol"), "c", TransportType.BICYCLE, "GoPro", 2);

        String all = body("/leaderboards/photos");
        String walks = body("/leaderboards/photos?transport_type=Walk");
        String earth = body("/leaderboards/photos?transport_type=Earth&period=2024");
        String goPro = body("/leaderboards/photos?camera_make=gopro&camera_model=GoPro+One");
        String range = body("/leaderboards/distance?from=2024-06-05&to=2024-06-05");
        String before = body("/leaderboards/viewpoints?period=2023-12");

        assertThat(all)
                .contains("#1</td>")
                .contains("#2 (tie)</td>")
                .containsSubsequence("/users/alice", "/users/bob", "/users/carol")
                .contains("<optgroup label=\"Earth\">")
                .contains("<option value=\"Earth\">Earth (all)</option>")
                .contains("Period (UTC)")
                .contains("href=\"/leaderboards/distance\"");
        assertThat(walks)
                .contains("/users/bob")
                .doesNotContain("/users/carol")
                .contains("<option value=\"Walk\" selected>Walk</option>")
                .contains("href=\"/leaderboards/distance?transport_type=Walk\"");
        assertThat(earth).contains("/users/carol").contains("value=\"2024\"");
        assertThat(goPro).contains("/users/alice").contains("/users/carol").doesNotContain("/users/bob");
        assertThat(range).contains("/users/alice").contains(" km</td>");
        assertThat(before).contains("Nobody is on this board with these filters yet.");
    }

    @Test
    void aRefusedFilterAnswers400WithTheFormAgainAndTheErrorNextToThatFilter() {
        HttpResponse<String> transport = browser.get("/leaderboards/photos?transport_type=Rocket&camera_make=GoPro");
        HttpResponse<String> badDate = browser.get("/leaderboards/photos?from=2024-02-30");
        HttpResponse<String> notADate = browser.get("/leaderboards/photos?to=tomorrow");
        HttpResponse<String> period = browser.get("/leaderboards/photos?period=24");
        HttpResponse<String> both = browser.get("/leaderboards/photos?period=2024&from=2024-01-01");
        HttpResponse<String> backwards = browser.get("/leaderboards/photos?from=2024-02-03&to=2024-02-01");

        assertThat(transport.statusCode()).isEqualTo(400);
        assertThat(transport.body())
                .contains("id=\"transport_type-error\">Transport is not a known transport type: Rocket</p>")
                .contains("aria-describedby=\"transport_type-error\"")
                .contains("<option value=\"Rocket\" selected>Rocket (unknown)</option>")
                .contains("value=\"GoPro\"")
                .contains("Correct the filters marked below to see the board.");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("id=\"from-error\">From (UTC date) is not a calendar date: 2024-02-30");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.body()).contains("id=\"to-error\">To (UTC date, included) must be a date YYYY-MM-DD");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(period.body()).contains("id=\"period-error\">Period (UTC) must be all, YYYY or YYYY-MM");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("id=\"period-error\">Period (UTC) give a period or from/to, not both");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("id=\"to-error\"");
        assertThat(browser.get("/leaderboards/likes").statusCode()).isEqualTo(404);
        assertThat(browser.get("/leaderboards/photos?after=garbage").statusCode())
                .isEqualTo(400);
        assertThat(browser.get("/leaderboards").statusCode()).isEqualTo(303);
    }

    @Test
    void theSignedInPersonsRowIsShownAboveWhenNotOnThePageAndHighlightedOnIt() {
        User me = world.person("mine");
        walk(me, "me", TransportType.WALK, "GoPro", 1);
        for (int i = 0; i < 25; i++) {
            walk(world.person("person" + i), "k" + i, TransportType.WALK, "GoPro", 2);
        }
        String cookie = "mtp_session=" + world.sessionOf(me);

        HttpResponse<String> first = browser.get("/leaderboards/photos", "Cookie", cookie);
        Matcher next = NEXT.matcher(first.body());
        assertThat(next.find()).isTrue();
        HttpResponse<String> second = browser.get(next.group(1).replace("&amp;", "&"), "Cookie", cookie);

        assertThat(first.body())
                .contains("Your place on this board")
                .contains("<dd>#26</dd>")
                .doesNotContain("aria-current=\"true\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .doesNotContain("Your place on this board")
                .contains("<tr class=\"own\" aria-current=\"true\">")
                .contains("First page");
    }

    @Test
    void everyPageLinksTheBoards() {
        assertThat(body("/")).contains("href=\"/leaderboards/photos\"");
    }
}
