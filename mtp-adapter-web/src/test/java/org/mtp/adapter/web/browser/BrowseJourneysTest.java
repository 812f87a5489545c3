package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Browsing journeys in a real headless Chromium (one for the class) against the web app on the in-memory application:
 * the leaderboards with their filters, a tour, a challenge; each page reached passes axe-core, fits 375 px and is
 * photographed.
 */
class BrowseJourneysTest extends BrowserJourney {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private static User bob;

    @BeforeAll
    static void storeTheBoardsTourAndChallenge() {
        User alice = world.person("alice");
        bob = world.person("bob");
        Sequence a = walk(alice, "a", TransportType.WALK, "2024-06-01T08:00:00Z", 3);
        walk(bob, "b", TransportType.WALK, "2024-06-02T08:00:00Z", 2);
        walk(world.person("carol"), "c", TransportType.BICYCLE, "2024-06-03T08:00:00Z", 2);
        walk(world.person("dave"), "d", TransportType.SKI, "2023-01-03T08:00:00Z", 5);
        world.services.challenges.create(new CreateChallengeUseCase.Command(
                alice.id(),
                HOSTILE + " city",
                "Photos around the river.",
                Polygon.of(LinearRing.of(List.of(
                        GeoPoint.of(13.3, 52.4),
                        GeoPoint.of(13.6, 52.4),
                        GeoPoint.of(13.6, 52.6),
                        GeoPoint.of(13.3, 52.6),
                        GeoPoint.of(13.3, 52.4)))),
                TimeRange.ofDates(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
                Set.of(),
                Set.of(),
                ChallengeMetric.PHOTOS));
        world.services.tours.create(new CreateTourUseCase.Command(
                alice.id(), TourDetails.of(HOSTILE + " tour", "Along the river.", Tags.NONE), List.of(a.id())));
    }

    private static Sequence walk(User owner, String key, TransportType type, String at, int photos) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(13.40 + i * 0.0004, 52.52 + i * 0.0002);
        }
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name(HOSTILE + " " + key)
                .transport(type)
                .camera("GoPro", "Hero " + key)
                .capturedAt(Instant.parse(at))
                .points(points)
                .build());
    }

    private List<String> column(int index) {
        return driver.findElements(By.cssSelector("table.board tbody tr td:nth-child(" + index + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void filterEachBoardAndSeeRanksWithTies() {
        open("/");
        pages.loads(() -> driver.findElement(By.linkText("Leaderboards")).click());
        assertThat(driver.getCurrentUrl()).contains("/leaderboards/photos");
        assertThat(column(1)).containsExactly("#1", "#2", "#3 (tie)", "#3 (tie)");
        assertThat(column(2)).containsExactly("dave", "alice", "bob", "carol");
        pages.check("leaderboard-photos");

        new Select(driver.findElement(By.id("transport_type"))).selectByVisibleText("Earth (all)");
        type("period", "2024");
        submit("Show");
        assertThat(driver.getCurrentUrl()).contains("transport_type=Earth").contains("period=2024");
        assertThat(column(1)).containsExactly("#1", "#2 (tie)", "#2 (tie)");
        assertThat(column(2)).containsExactly("alice", "bob", "carol");
        pages.check("leaderboard-filtered");

        pages.loads(() -> driver.findElement(By.linkText("Distance board")).click());
        assertThat(driver.getCurrentUrl()).contains("/leaderboards/distance");
        assertThat(driver.getCurrentUrl()).contains("transport_type=Earth");
        assertThat(column(2)).containsExactly("alice", "bob", "carol");

        new Select(driver.findElement(By.id("transport_type"))).selectByVisibleText("Walk");
        type("period", "");
        type("camera_model", "Hero b");
        submit("Show");
        assertThat(column(2)).containsExactly("bob");

        pages.loads(() -> driver.findElement(By.linkText("Viewpoints board")).click());
        assertThat(driver.getCurrentUrl()).contains("/leaderboards/viewpoints");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Nobody is on this board with these filters yet.");

        type("period", "24");
        submit("Show");
        assertThat(driver.findElement(By.id("period-error")).getText()).contains("must be all, YYYY or YYYY-MM");
        assertThat(driver.findElement(By.id("period")).getAttribute("value")).isEqualTo("24");
        pages.check("leaderboard-refused");
    }

    @Test
    void openATourSeeItsTracksOnTheMapAndLikeIt() {
        open("/");
        driver.manage().addCookie(new Cookie("mtp_session", world.sessionOf(bob)));
        pages.loads(() -> driver.findElement(By.linkText("Tours")).click());
        assertThat(driver.getCurrentUrl()).contains("/tours");
        pages.check("tours");
        pages.loads(() -> driver.findElement(By.linkText(HOSTILE + " tour")).click());
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE + " tour");
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .isNotEmpty();
        pages.check("tour");

        driver.findElement(By.xpath("//main//button[.='Like']")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("#like .count"), "1 like"));
        assertThat(driver.findElement(By.cssSelector("#like button")).getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void openAChallengeSeeItsAreaAndItsBoardLoadedIntoThePage() {
        open("/");
        pages.loads(() -> driver.findElement(By.linkText("Challenges")).click());
        assertThat(driver.getCurrentUrl()).contains("/challenges");
        new Select(driver.findElement(By.id("status"))).selectByVisibleText("Active");
        submit("Show");
        assertThat(driver.getCurrentUrl()).contains("status=active");
        pages.check("challenges");
        pages.loads(() -> driver.findElement(By.linkText(HOSTILE + " city")).click());
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .isNotEmpty();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#challenge-board table")));
        assertThat(column(2)).as("dave's photos are from before the window").containsExactly("alice", "bob", "carol");
        assertThat(column(1)).containsExactly("#1", "#2 (tie)", "#2 (tie)");
        pages.check("challenge");
    }
}
