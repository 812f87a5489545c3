package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** Route tests of the sequence search page on the in-memory application: each filter, sort, view, paging, refusals. */
class SequencesPageTest {

    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private Sequence walk(
            User owner, String name, TransportType type, String tags, boolean pano, double lon, String at, int photos) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(lon + i * 0.001, 52.5);
        }
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(name)
                .name(name)
                .transport(type)
                .tags(tags)
                .pano(pano)
                .camera(pano ? "Insta360" : "GoPro", pano ? "One X" : "Hero")
                .capturedAt(Instant.parse(at))
                .points(points)
                .build());
    }

    private String body(String path) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    @Test
    void everyFilterOfTheApiNarrowsTheListWithTheApisParameterNames() {
        User alice = world.person("alice");
        User bob = world.person("bob");
        walk(alice, "harbour", TransportType.WALK, "sea,night", false, 13.4, "2024-06-01T08:00:00Z", 2);
        Sequence hills = walk(bob, "hills", TransportType.BICYCLE, "hills", true, 2.3, "2023-03-01T08:00:00Z", 4);
        world.services.likes.like(alice.id(), LikeTarget.sequence(hills.id()));
        ChallengeView berlin = world.services.challenges.create(new CreateChallengeUseCase.Command(
                bob.id(),
                "Berlin",
                null,
                Polygon.of(LinearRing.of(List.of(
                        GeoPoint.of(13, 52),
                        GeoPoint.of(14, 52),
                        GeoPoint.of(14, 53),
                        GeoPoint.of(13, 53),
                        GeoPoint.of(13, 52)))),
                TimeRange.ofDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Set.of(),
                Set.of(),
                ChallengeMetric.PHOTOS));

        assertThat(body("/sequences")).contains(">harbour</a>").contains(">hills</a>");
        assertThat(body("/sequences?name=harb")).contains(">harbour</a>").doesNotContain(">hills</a>");
        assertThat(body("/sequences?username=bob")).contains(">hills</a>").doesNotContain(">harbour</a>");
        assertThat(body("/sequences?tags=sea,night")).contains(">harbour</a>").doesNotContain(">hills</a>");
        assertThat(body("/sequences?transport_type=Earth"))
                .contains(">harbour</a>")
                .contains(">hills</a>");
        assertThat(body("/sequences?transport_type=Bicycle"))
                .contains(">hills</a>")
                .doesNotContain(">harbour</a>");
        assertThat(body("/sequences?camera_make=gopro&camera_model=Hero"))
                .contains(">harbour</a>")
                .doesNotContain(">hills</a>");
        assertThat(body("/sequences?pano=true"))
                .contains(">hills</a>")
                .doesNotContain(">harbour</a>")
                .contains("<option value=\"true\" selected>Panoramas only</option>");
        assertThat(body("/sequences?from=2024-01-01&to=2024-12-31"))
                .contains(">harbour</a>")
                .doesNotContain(">hills</a>");
        assertThat(body("/sequences?bbox=13,52,14,53")).contains(">harbour</a>").doesNotContain(">hills</a>");
        assertThat(body("/sequences?challenge=" + berlin.challenge().id()))
                .contains(">harbour</a>")
                .doesNotContain(">hills</a>")
                .contains("<option value=\"" + berlin.challenge().id() + "\" selected>"
                        + berlin.challenge().settings().name());
        assertThat(body("/sequences"))
                .contains("<option value=\"\" selected>Any challenge</option>")
                .contains("<option value=\"" + berlin.challenge().id() + "\">");
        assertThat(body("/sequences?sort=most_likes")).containsSubsequence(">hills</a>", ">harbour</a>");
        assertThat(body("/sequences?sort=distance")).containsSubsequence(">hills</a>", ">harbour</a>");
        assertThat(body("/sequences?sort=latest&username=alice"))
                .contains("href=\"/sequences?username=alice&amp;sort=latest&amp;view=map\"")
                .contains("id=\"share\"");
        assertThat(body("/sequences?name=nothing-like-this")).contains("No published sequence matches these filters.");
    }

    @Test
    void theMapViewNamesThePagesTracksAndKeepsTheFilters() {
        Sequence harbour = walk(
                world.person("alice"), "harbour", TransportType.WALK, "sea", false, 13.4, "2024-06-01T08:00:00Z", 2);

        String map = body("/sequences?view=map&tags=sea");

        assertThat(map)
                .contains("data-tracks=\"/sequences/" + harbour.id() + ".geojson\"")
                .contains("data-bounds=\"52.5,13.4,52.5,13.401")
                .contains("<input type=\"hidden\" name=\"view\" value=\"map\">")
                .contains("href=\"/sequences?tags=sea\"")
                .contains("id=\"use-map-area\"");
        assertThat(body("/sequences?view=map&name=none")).contains("data-bounds=\"-60,-180,75,180\"");
    }

    @Test
    void pagesFollowTheSearchsCursorAndKeepTheFilters() {
        User alice = world.person("alice");
        for (int i = 0; i < 22; i++) {
            walk(alice, "walk" + i, TransportType.WALK, "sea", false, 13.4, "2024-06-01T08:00:00Z", 2);
        }

        String first = body("/sequences?tags=sea");
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        String second = body(link);

        assertThat(link).startsWith("/sequences?tags=sea&after=");
        assertThat(first.split("class=\"card\"", -1)).hasSize(21);
        assertThat(second.split("class=\"card\"", -1)).hasSize(3);
        assertThat(second).contains("First page").doesNotContain("rel=\"next\"");
    }

    @Test
    void aRefusedFilterAnswers400WithTheErrorNextToIt() {
        assertRefused("/sequences?transport_type=Rocket", "transport_type", "Transport is not a known transport type");
        assertRefused("/sequences?from=2024-13-01", "from", "From (UTC date) is not a calendar date");
        assertRefused("/sequences?to=soon", "to", "To (UTC date, included) must be a date");
        assertRefused("/sequences?pano=maybe", "pano", "Panorama must be true or false");
        assertRefused("/sequences?bbox=1,2,3", "bbox", "Area (bounding box) must be minLon,minLat,maxLon,maxLat");
        assertRefused("/sequences?sort=oldest", "sort", "Sort by must be latest, most_likes or distance");
        assertRefused("/sequences?challenge=nope", "challenge", "Challenge ");
        assertRefused("/sequences?challenge=" + UUID.randomUUID(), "challenge", "Challenge is not a challenge here.");
        assertRefused("/sequences?username=x", "username", "Username ");
        assertThat(browser.get("/sequences?after=garbage").statusCode()).isEqualTo(400);
    }

    private void assertRefused(String path, String field, String message) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(400);
        assertThat(page.body())
                .as(path)
                .contains("id=\"" + field + "-error\">" + message)
                .contains("Correct the filters marked below to see the sequences.");
    }
}
