package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;

/** Route tests of the home page's map data and the list that follows the map's view. */
class HomeMapTest {

    private static final String HOSTILE = "<script>alert(\"1\")</script>";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private Sequence walk(User owner, String key, String name, double lon, double lat) {
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name(name)
                .capturedAt(Instant.parse("2024-06-01T08:00:00Z"))
                .points(GeoPoint.of(lon, lat), GeoPoint.of(lon + 0.001, lat + 0.001))
                .build());
    }

    private static int counted(String body) {
        return Pattern.compile("\"count\":(\\d+)")
                .matcher(body)
                .results()
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .sum();
    }

    private static int features(String body) {
        return body.split("\"type\":\"Feature\"", -1).length - 1;
    }

    @Test
    void theMapDataAnswersTheViewsMarkersClusteredForTheZoom() {
        User alice = world.person("alice");
        Sequence berlin = walk(alice, "b1", HOSTILE, 13.40, 52.52);
        walk(alice, "b2", "berlin two", 13.41, 52.53);
        walk(alice, "p1", "paris", 2.35, 48.85);

        HttpResponse<String> world5 = browser.get("/map/sequences?bbox=-180,-85,180,85&zoom=5");
        String city = browser.get("/map/sequences?bbox=13,52,14,53&zoom=16").body();

        assertThat(world5.statusCode()).isEqualTo(200);
        assertThat(world5.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(world5.body())
                .startsWith("{\"type\":\"FeatureCollection\",")
                .contains("\"count\":2")
                .contains("\"name\":\"paris\"");
        assertThat(features(world5.body())).isEqualTo(2);
        assertThat(features(city)).isEqualTo(2);
        assertThat(city)
                .contains("\"name\":\"<script>alert(\\\"1\\\")</script>\"")
                .contains("\"url\":\"/sequences/" + berlin.id() + "\"")
                .doesNotContain("paris");
        assertThat(browser.get("/map/sequences?bbox=1,2,3&zoom=2").statusCode()).isEqualTo(400);
        assertThat(browser.get("/map/sequences?bbox=1,2,3,4&zoom=99").statusCode())
                .isEqualTo(400);
        assertThat(browser.get("/map/sequences?zoom=3").statusCode()).isEqualTo(400);
    }

    @Test
    void aViewWithMoreThanAThousandSequencesCountsEveryOne_inAtMostAThousandFeaturesUnder200Kilobytes() {
        User alice = world.person("alice");
        List<Sequence> many = new ArrayList<>();
        for (int i = 0; i < 1_005; i++) {
            many.add(walk(alice, "k" + i, "sequence number " + i, -170 + (i % 67) * 5, -60 + (i / 67) * 8));
        }

        String body = browser.get("/map/sequences?bbox=-180,-85,180,85&zoom=18").body();

        assertThat(features(body)).isLessThanOrEqualTo(1_000);
        assertThat(counted(body)).isEqualTo(1_005);
        assertThat(body.length()).isLessThan(200_000);
    }

    @Test
    void theListBesideTheMapFollowsTheAreaAsAPageOrAnHtmxFragment() {
        User alice = world.person("alice");
        walk(alice, "b1", "berlin", 13.40, 52.52);
        walk(alice, "p1", "paris", 2.35, 48.85);

        String home = browser.get("/").body();
        String berlin = browser.get("/?bbox=13,52,14,53").body();
        HttpResponse<String> fragment = browser.get("/?bbox=2,48,3,49", "HX-Request", "true");
        String nowhere = browser.get("/?bbox=100,0,101,1").body();

        assertThat(home)
                .contains("data-features=\"/map/sequences\"")
                .contains("data-bounds=\"-60,-180,75,180\"")
                .contains(">berlin</a>")
                .contains(">paris</a>");
        assertThat(berlin)
                .contains("data-bounds=\"52.0,13.0,53.0,14.0\"")
                .contains(">berlin</a>")
                .doesNotContain(">paris</a>")
                .contains("The latest sequences in this area:");
        assertThat(fragment.body())
                .doesNotContain("<html")
                .contains(">paris</a>")
                .doesNotContain(">berlin</a>");
        assertThat(fragment.headers().firstValue("Vary")).contains("HX-Request");
        assertThat(nowhere).contains("No published sequence in this area.").contains("id=\"map\"");
        assertThat(browser.get("/?bbox=north").statusCode()).isEqualTo(400);
    }
}
