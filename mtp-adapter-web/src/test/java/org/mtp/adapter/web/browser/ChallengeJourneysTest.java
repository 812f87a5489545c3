package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.challenge.AreaText;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Challenge journeys in a real headless Chromium (one for the class) against the web app on the in-memory application
 * (its clock at 2025-03-01): draw an area with mouse clicks and create the challenge, see its board fill, edit its
 * dates, paste a polygon with a hole, have a self-intersecting ring refused, delete it. Each page reached passes
 * axe-core, fits 375 px and is photographed.
 */
class ChallengeJourneysTest extends BrowserJourney {

    private static final String WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[13.3,52.4],[13.6,52.4],[13.6,52.6],[13.3,52.6],[13.3,52.4]],"
            + "[[13.4,52.45],[13.5,52.45],[13.5,52.55],[13.4,52.55],[13.4,52.45]]]}";
    private static final String BOWTIE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,52.4],[13.6,52.6],[13.6,52.4],[13.3,52.6],[13.3,52.4]]]}";

    private static User alice;
    private static User bob;

    @BeforeAll
    static void watchThePolicyAndStorePeople() {
        // runs before the page's own scripts and outside its CSP: collects what the policy blocks, e.g. a style
        // attribute leaflet-draw might write
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.mtpBlocked = []; document.addEventListener('securitypolicyviolation',"
                                + " e => window.mtpBlocked.push(e.violatedDirective + ' ' + e.blockedURI));"));
        alice = world.person("alice");
        bob = world.person("bob");
    }

    @BeforeEach
    void signedInAsAlice() {
        session(world.sessionOf(alice));
    }

    /** A date input takes its value in the browser's locale format when typed; the value itself is ISO. */
    private void date(String id, String iso) {
        driver.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                driver.findElement(By.id(id)),
                iso);
    }

    private void drawMapReady() {
        waiting().until(ExpectedConditions.attributeToBe(By.id("area-map"), "data-ready", "true"));
    }

    private int shapesOnTheDrawMap() {
        return driver.findElements(By.cssSelector("#area-map path.leaflet-interactive"))
                .size();
    }

    private void assertNothingBlocked() {
        assertThat((List<?>) driver.executeScript("return window.mtpBlocked;"))
                .as("what the content security policy blocked")
                .isEmpty();
    }

    private List<Challenge> stored() {
        return world.services.challenges.list(null, new PageRequest(50, null)).items().stream()
                .map(ChallengeView::challenge)
                .toList();
    }

    private Challenge named(String name) {
        return stored().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> boardColumn(int index) {
        return driver
                .findElements(By.cssSelector("#challenge-board table.board tbody tr td:nth-child(" + index + ")"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void drawAnAreaWithTheMouseCreateTheChallengeAndSeeItsBoardFill() {
        open("/challenges");
        follow("New challenge");
        assertThat(driver.getCurrentUrl()).endsWith("/challenges/new");
        drawMapReady();
        pages.check("challenge-new");

        WebElement map = driver.findElement(By.id("area-map"));
        driver.findElement(By.cssSelector("#area-map .leaflet-draw-draw-polygon"))
                .click();
        int[][] corners = {{-120, -60}, {120, -60}, {120, 60}, {-120, 60}};
        Actions draw = new Actions(driver);
        for (int[] corner : corners) {
            draw.moveToElement(map, corner[0], corner[1]).click();
        }
        draw.moveToElement(map, corners[0][0], corners[0][1]).click().perform();
        waiting().until(d -> !d.findElement(By.id("area")).getAttribute("value").isEmpty());
        String drawn = driver.findElement(By.id("area")).getAttribute("value");
        Area area = AreaText.parse("area", drawn);
        assertThat(area).isInstanceOf(Polygon.class);
        assertThat(((Polygon) area).shell().positions()).hasSize(5);
        assertThat(shapesOnTheDrawMap()).isEqualTo(1);
        assertNothingBlocked();

        type("name", "Drawn by hand");
        date("start", "2025-01-01");
        date("end", "2025-12-31");
        driver.findElement(By.cssSelector("label[for='transport-Walk']")).click();
        new Select(driver.findElement(By.id("metric"))).selectByVisibleText("Photos");
        submit("Create the challenge");

        Challenge created = named("Drawn by hand");
        assertThat(driver.getCurrentUrl()).endsWith("/challenges/" + created.id());
        assertThat(created.area()).isEqualTo(area);
        assertThat(created.transportTypes()).containsExactly(TransportType.WALK);
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("challenge-board"), "Nobody has a counted photo"));

        GeoPoint inside = centreOf(((Polygon) area).shell());
        assertThat(area.contains(inside)).isTrue();
        world.store(TestSequences.aSequence()
                .owner(bob.id())
                .key("inside")
                .transport(TransportType.WALK)
                .capturedAt(Instant.parse("2025-02-01T10:00:00Z"))
                .points(inside, GeoPoint.of(inside.lon() + 0.0001, inside.lat()))
                .build());
        pages.loads(() -> driver.navigate().refresh());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#challenge-board table.board")));
        assertThat(boardColumn(2)).containsExactly("bob");
        assertThat(boardColumn(3)).containsExactly("2");
        pages.check("challenge-created");
    }

    /** The mean of a ring's corners (its closing position left out): inside a convex ring. */
    private static GeoPoint centreOf(LinearRing ring) {
        List<GeoPoint> corners = ring.positions().subList(0, ring.positions().size() - 1);
        double lon = corners.stream().mapToDouble(GeoPoint::lon).average().orElseThrow();
        double lat = corners.stream().mapToDouble(GeoPoint::lat).average().orElseThrow();
        return GeoPoint.of(lon, lat);
    }

    private Challenge berlin(String name) {
        return world.services
                .challenges
                .create(new CreateChallengeUseCase.Command(
                        alice.id(),
                        name,
                        "Around the river.",
                        Polygon.of(LinearRing.of(List.of(
                                GeoPoint.of(13.3, 52.4),
                                GeoPoint.of(13.6, 52.4),
                                GeoPoint.of(13.6, 52.6),
                                GeoPoint.of(13.3, 52.6),
                                GeoPoint.of(13.3, 52.4)))),
                        TimeRange.ofDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                        Set.of(TransportType.EARTH),
                        Set.of(),
                        ChallengeMetric.PHOTOS))
                .challenge();
    }

    @Test
    void theOwnerEditsTheDatesWithTheAreaShownForRedrawing() {
        Challenge challenge = berlin("Dates to change");
        open("/challenges/" + challenge.id());
        follow("Edit the challenge");
        assertThat(driver.getCurrentUrl()).endsWith("/challenges/" + challenge.id() + "/edit");
        drawMapReady();
        assertThat(shapesOnTheDrawMap())
                .as("the stored area, drawn from the field")
                .isEqualTo(1);
        assertThat(driver.findElement(By.id("end")).getAttribute("value")).isEqualTo("2025-12-31");
        assertThat(driver.findElement(By.id("transport-Earth")).isSelected()).isTrue();
        pages.check("challenge-edit");

        date("start", "2025-02-01");
        date("end", "2025-06-30");
        submit("Save the challenge");

        assertThat(driver.getCurrentUrl()).endsWith("/challenges/" + challenge.id());
        assertThat(driver.findElement(By.cssSelector(".facts")).getText())
                .contains("2025-02-01 00:00:00 UTC")
                .contains("2025-07-01 00:00:00 UTC");
        assertThat(named("Dates to change").window())
                .isEqualTo(TimeRange.ofDates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30)));
    }

    @Test
    void pasteAPolygonWithAHole() {
        open("/challenges/new");
        drawMapReady();
        type("name", "With a hole");
        date("start", "2025-01-01");
        date("end", "2025-12-31");
        type("area", WITH_HOLE);
        driver.findElement(By.id("area")).sendKeys(Keys.TAB);
        waiting().until(d -> shapesOnTheDrawMap() == 1);
        submit("Create the challenge");

        Challenge created = named("With a hole");
        assertThat(driver.getCurrentUrl()).endsWith("/challenges/" + created.id());
        assertThat(((Polygon) created.area()).holes()).hasSize(1);
        assertThat(created.area().contains(GeoPoint.of(13.45, 52.5))).isFalse();
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        pages.check("challenge-with-hole");
    }

    @Test
    void aSelfIntersectingRingIsRefusedNextToTheAreaWhichIsKept() {
        open("/challenges/new");
        drawMapReady();
        type("name", "Bow tie");
        date("start", "2025-01-01");
        date("end", "2024-12-31");
        type("area", BOWTIE);
        submit("Create the challenge");

        assertThat(driver.findElement(By.id("area-error")).getText())
                .isEqualTo("Area: ring 0 intersects itself: edges 0 and 2 touch or cross");
        assertThat(driver.findElement(By.id("end-error")).getText()).contains("must not be before the start date");
        assertThat(driver.findElement(By.id("area")).getAttribute("value")).isEqualTo(BOWTIE);
        assertThat(driver.findElement(By.id("area")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Bow tie");
        drawMapReady();
        assertThat(shapesOnTheDrawMap()).as("what was typed, drawn again").isEqualTo(1);
        assertNothingBlocked();
        assertThat(stored()).noneMatch(c -> c.name().equals("Bow tie"));
        pages.check("challenge-refused");
    }

    @Test
    void theOwnerDeletesAfterConfirming() {
        Challenge challenge = berlin("To delete");
        open("/challenges/" + challenge.id());
        follow("Delete the challenge…");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Delete To delete?");
        pages.check("challenge-delete");

        submit("Delete it");

        assertThat(driver.getCurrentUrl()).endsWith("/challenges");
        assertThat(stored()).noneMatch(c -> c.id().equals(challenge.id()));
        assertThat(driver.findElements(By.linkText("To delete"))).isEmpty();
    }
}
