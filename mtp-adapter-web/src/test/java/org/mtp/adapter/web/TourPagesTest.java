package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.web.testing.Browserless.form;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.user.User;

/** Route tests of the tour pages on the in-memory application: the lists, a tour's map data, totals and like. */
class TourPagesTest {

    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private Sequence walk(User owner, String key, double lon) {
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name("walk " + key)
                .points(GeoPoint.of(lon, 52.5), GeoPoint.of(lon + 0.01, 52.51))
                .build());
    }

    private TourView tour(User owner, String name, Sequence... sequences) {
        return world.services.tours.create(new CreateTourUseCase.Command(
                owner.id(),
                TourDetails.of(name, HOSTILE, Tags.parse("coast")),
                List.of(sequences).stream().map(Sequence::id).toList()));
    }

    @Test
    void aTourShowsItsTracksInTourOrderItsTotalsAndHostileTextAsText() {
        User alice = world.person("alice");
        Sequence second = walk(alice, "s2", 13.5);
        Sequence first = walk(alice, "s1", 13.4);
        TourView tour = tour(alice, HOSTILE + " coast", first, second);

        HttpResponse<String> page = browser.get("/tours/" + tour.tour().id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(ESCAPED)
                .doesNotContain(HOSTILE)
                .contains(
                        "data-tracks=\"/sequences/" + first.id() + ".geojson /sequences/" + second.id() + ".geojson\"")
                .contains("data-bounds=\"52.5,13.4,52.51,13.51")
                .contains("2 sequences")
                .contains("4 photos")
                .contains("0 likes")
                .contains("Sign in to like this tour.")
                .containsSubsequence("walk s1", "walk s2")
                .contains("<ol class=\"cards ordered\">");
        assertThat(browser.get("/tours/not-a-uuid").statusCode()).isEqualTo(400);
        assertThat(browser.get("/tours/00000000-0000-4000-8000-000000000000").statusCode())
                .isEqualTo(404);
    }

    @Test
    void someoneElseLikesATourWithAPlainFormAndWithHtmxButNotTheirOwn() {
        User alice = world.person("alice");
        User bob = world.person("bob");
        TourView tour = tour(alice, "loop", walk(alice, "l1", 13.4));
        String url = "/tours/" + tour.tour().id();
        String bobs = "mtp_session=" + world.sessionOf(bob);

        String page = browser.get(url, "Cookie", bobs).body();
        String csrf = Browserless.csrfOf(page);
        HttpResponse<String> plain = browser.post(url + "/like", form("csrf", csrf, "action", "like"), "Cookie", bobs);
        HttpResponse<String> htmx = browser.post(
                url + "/like", form("csrf", csrf, "action", "unlike"), "Cookie", bobs, "HX-Request", "true");
        HttpResponse<String> noToken = browser.post(url + "/like", form("action", "like"), "Cookie", bobs);
        String own = browser.get(url, "Cookie", "mtp_session=" + world.sessionOf(alice))
                .body();

        assertThat(page).contains("action=\"" + url + "/like\"").contains("aria-pressed=\"false\"");
        assertThat(plain.statusCode()).isEqualTo(303);
        assertThat(plain.headers().firstValue("Location")).contains(url);
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("0 likes").contains(">Like</button>");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(own).doesNotContain(url + "/like");
    }

    @Test
    void theToursListIsEveryonesOrOnePersonsAndARefusedNameIs400NextToTheField() {
        User alice = world.person("alice");
        User bob = world.person("bob");
        tour(alice, "alice's loop", walk(alice, "a1", 13.4));
        tour(bob, "bob's loop", walk(bob, "b1", 13.4));

        String all = browser.get("/tours").body();
        String alices = browser.get("/tours?username=alice").body();
        HttpResponse<String> refused = browser.get("/tours?username=a");
        String profile = browser.get("/users/alice").body();

        assertThat(all).contains("alice's loop").contains("bob's loop");
        assertThat(alices)
                .contains("Tours by alice")
                .contains("alice's loop")
                .doesNotContain("bob's loop")
                .contains("1 sequence");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"username-error\">Username ").contains("value=\"a\"");
        assertThat(profile).contains("href=\"/tours?username=alice\"");
        assertThat(browser.get("/tours?username=nobody").body()).contains("No tour here yet.");
    }

    @Test
    void theToursListSearchesByNamePartAndTagsWithTheApisNamesAndPagesKeepTheSearch() {
        User alice = world.person("alice");
        for (int i = 0; i < 21; i++) {
            world.services.tours.create(new CreateTourUseCase.Command(
                    alice.id(), TourDetails.of("Coast 100% no " + i, null, Tags.parse("sea,hills")), List.of()));
        }
        world.services.tours.create(new CreateTourUseCase.Command(
                alice.id(), TourDetails.of("Coast_line", null, Tags.parse("sea")), List.of()));
        world.services.tours.create(new CreateTourUseCase.Command(
                alice.id(), TourDetails.of("Hills", null, Tags.parse("hills")), List.of()));

        String page = browser.get("/tours?name=COAST%20100%25&tags=hills,sea").body();
        String underscore = browser.get("/tours?name=t_").body();
        String bySea = browser.get("/tours?tags=sea&name=line").body();

        assertThat(page)
                .contains("value=\"COAST 100%\"")
                .contains("value=\"hills,sea\"")
                .contains("Coast 100% no 20")
                .doesNotContain("Coast_line")
                .doesNotContain(">Hills<")
                .contains("href=\"/tours?name=COAST%20100%25&amp;tags=hills%2Csea&amp;after=");
        assertThat(underscore).contains("Coast_line").doesNotContain("Coast 100%");
        assertThat(bySea).contains("Coast_line").doesNotContain(">Hills<");
        assertThat(browser.get("/tours?name=%25%25").body()).contains("No tour here yet.");
    }

    @Test
    void aRefusedTourSearchIs400WithTheErrorNextToItsField() {
        HttpResponse<String> longName = browser.get("/tours?name=" + "x".repeat(101));
        HttpResponse<String> badTag = browser.get("/tours?tags=no%21&name=ok");

        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("id=\"name-error\">Name contains ");
        assertThat(badTag.statusCode()).isEqualTo(400);
        assertThat(badTag.body()).contains("id=\"tags-error\">Tags ").contains("value=\"ok\"");
    }
}
