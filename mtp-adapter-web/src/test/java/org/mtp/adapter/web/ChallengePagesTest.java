package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/** Route tests of the challenge pages on the in-memory application (its clock at 2025-03-01). */
class ChallengePagesTest {

    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private ChallengeView challenge(User owner, String name, int fromYear, int toYear) {
        Polygon square = Polygon.of(LinearRing.of(List.of(
                GeoPoint.of(13.3, 52.4),
                GeoPoint.of(13.6, 52.4),
                GeoPoint.of(13.6, 52.6),
                GeoPoint.of(13.3, 52.6),
                GeoPoint.of(13.3, 52.4))));
        return world.services.challenges.create(new CreateChallengeUseCase.Command(
                owner.id(),
                name,
                HOSTILE,
                square,
                TimeRange.ofDates(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)),
                Set.of(TransportType.EARTH),
                Set.of(CameraMake.of("GoPro")),
                ChallengeMetric.PHOTOS));
    }

    private void walk(User owner, String key, int photos) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(13.4 + i * 0.001, 52.5);
        }
        world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .camera("GoPro", "Hero")
                .capturedAt(Instant.parse("2025-02-01T10:00:00Z"))
                .points(points)
                .build());
    }

    @Test
    void theListIsByStateAndARefusedStateIs400NextToTheFilter() {
        User alice = world.person("alice");
        challenge(alice, "now", 2025, 2025);
        challenge(alice, "later", 2026, 2026);
        challenge(alice, "done", 2023, 2023);

        String all = browser.get("/challenges").body();
        String active = browser.get("/challenges?status=active").body();
        String upcoming = browser.get("/challenges?status=upcoming").body();
        String completed = browser.get("/challenges?status=completed").body();
        HttpResponse<String> refused = browser.get("/challenges?status=soon");

        assertThat(all).contains(">now</a>").contains(">later</a>").contains(">done</a>");
        assertThat(active)
                .contains(">now</a>")
                .doesNotContain(">later</a>")
                .contains("<option value=\"active\" selected>Active</option>")
                .contains("2025-01-01 00:00:00 UTC");
        assertThat(upcoming).contains(">later</a>").doesNotContain(">now</a>");
        assertThat(completed).contains(">done</a>").doesNotContain(">now</a>");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"status-error\">State must be upcoming, active or completed");
        assertThat(all).contains("href=\"/challenges\"");
    }

    @Test
    void theListSearchesByNamePartWithTheStateAndARefusedNameIs400NextToTheField() {
        User alice = world.person("alice");
        challenge(alice, "Summer_now 5%", 2025, 2025);
        challenge(alice, "summer later", 2026, 2026);
        challenge(alice, "winter", 2025, 2025);

        String summer = browser.get("/challenges?name=SUMMER").body();
        String activeSummer =
                browser.get("/challenges?status=active&name=summer").body();
        String literal = browser.get("/challenges?name=r_").body();
        HttpResponse<String> refused = browser.get("/challenges?name=" + "x".repeat(101));

        assertThat(summer)
                .contains(">Summer_now 5%</a>")
                .contains(">summer later</a>")
                .doesNotContain(">winter</a>")
                .contains("value=\"SUMMER\"");
        assertThat(activeSummer).contains(">Summer_now 5%</a>").doesNotContain(">summer later</a>");
        assertThat(literal).contains(">Summer_now 5%</a>").doesNotContain(">summer later</a>");
        assertThat(browser.get("/challenges?name=5%25").body()).contains(">Summer_now 5%</a>");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"name-error\">Name contains ");
    }

    @Test
    void aChallengeShowsItsAreaAndSettingsAndLoadsItsBoardAsAFragmentOrAPlainPage() {
        User alice = world.person("alice");
        walk(world.person("bob"), "b", 2);
        walk(world.person("carol"), "c", 3);
        walk(world.person("dave"), "d", 2);
        ChallengeView challenge = challenge(alice, HOSTILE + " city", 2025, 2025);
        String url = "/challenges/" + challenge.challenge().id();

        String page = browser.get(url).body();
        HttpResponse<String> fragment = browser.get(url + "/leaderboard", "HX-Request", "true");
        HttpResponse<String> plain = browser.get(url + "/leaderboard");

        assertThat(page)
                .contains(ESCAPED)
                .doesNotContain(HOSTILE)
                .contains("data-area=\"[[[[52.4,13.3],[52.4,13.6],[52.6,13.6],[52.6,13.3],[52.4,13.3]]]]\"")
                .contains("data-bounds=\"52.4,13.3,52.6,13.6\"")
                .contains("2025-01-01 00:00:00 UTC")
                .contains("2026-01-01 00:00:00 UTC")
                .contains("<dd>Earth</dd>")
                .contains("<dd>GoPro</dd>")
                .contains("hx-get=\"" + url + "/leaderboard\" hx-trigger=\"load\"")
                .contains("<a href=\"" + url + "/leaderboard\">See the challenge");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .doesNotContain("<html")
                .containsSubsequence("#1</td>", "/users/carol", "#2 (tie)</td>", "#2 (tie)</td>");
        assertThat(fragment.headers().firstValue("Vary")).contains("HX-Request");
        assertThat(plain.body())
                .contains("<html lang=\"en\">")
                .contains("/users/carol")
                .contains(ESCAPED);
        assertThat(browser.get("/challenges/not-a-uuid").statusCode()).isEqualTo(400);
        assertThat(browser.get("/challenges/00000000-0000-4000-8000-000000000000/leaderboard")
                        .statusCode())
                .isEqualTo(404);
    }
}
