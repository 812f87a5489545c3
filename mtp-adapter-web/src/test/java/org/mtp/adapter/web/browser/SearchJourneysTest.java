package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The sequence search in a real headless Chromium against the web app on the in-memory application (22 walks and 3
 * rides): filter, share the link, switch list and map, search the map's area, page forward and back.
 */
class SearchJourneysTest extends BrowserJourney {

    @BeforeAll
    static void storeWalksAndRides() {
        User alice = world.person("alice");
        User bob = world.person("bob");
        for (int i = 0; i < 22; i++) {
            walk(alice, "walk" + i, TransportType.WALK, 13.40 + i * 0.01);
        }
        for (int i = 0; i < 3; i++) {
            walk(bob, "ride" + i, TransportType.BICYCLE, 2.30 + i * 0.01);
        }
    }

    private static void walk(User owner, String name, TransportType type, double lon) {
        world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(name)
                .name(name)
                .transport(type)
                .tags("city")
                .capturedAt(Instant.parse("2024-06-01T08:00:00Z"))
                .points(GeoPoint.of(lon, 52.52), GeoPoint.of(lon + 0.002, 52.521), GeoPoint.of(lon + 0.004, 52.523))
                .build());
    }

    private void loads(Runnable action) {
        pages.loads(action);
    }

    private List<String> names() {
        return driver.findElements(By.cssSelector(".cards > li h3 a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void filterShareSwitchToTheMapSearchItsAreaAndPageForwardAndBack() {
        driver.get(world.baseUrl() + "/");
        loads(() -> driver.findElement(By.linkText("Sequences")).click());
        assertThat(names()).hasSize(20);
        pages.check("sequences");

        new Select(driver.findElement(By.id("transport_type"))).selectByVisibleText("Bicycle");
        new Select(driver.findElement(By.id("sort"))).selectByVisibleText("Longest distance");
        loads(() -> driver.findElement(By.xpath("//main//button[.='Show']")).click());
        assertThat(driver.getCurrentUrl()).contains("transport_type=Bicycle").contains("sort=distance");
        assertThat(names()).containsExactlyInAnyOrder("ride0", "ride1", "ride2");
        String shared = driver.findElement(By.id("share")).getAttribute("href");

        driver.manage().deleteAllCookies();
        driver.get(shared);
        assertThat(names()).containsExactlyInAnyOrder("ride0", "ride1", "ride2");
        assertThat(new Select(driver.findElement(By.id("transport_type")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Bicycle");

        loads(() -> driver.findElement(By.linkText("On a map")).click());
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .hasSize(3);
        pages.check("sequences-map");
        loads(() -> driver.findElement(By.id("use-map-area")).click());
        assertThat(driver.getCurrentUrl())
                .contains("bbox=")
                .contains("view=map")
                .contains("transport_type=Bicycle");
        assertThat(names()).containsExactlyInAnyOrder("ride0", "ride1", "ride2");
        loads(() -> driver.findElement(By.linkText("As a list")).click());
        assertThat(driver.findElements(By.id("map"))).isEmpty();
        assertThat(driver.getCurrentUrl()).contains("bbox=").doesNotContain("view=map");

        driver.get(world.baseUrl() + "/sequences?transport_type=Walk");
        List<String> first = names();
        assertThat(first).hasSize(20);
        loads(() -> driver.findElement(By.linkText("Next")).click());
        assertThat(names()).hasSize(2).doesNotContainAnyElementsOf(first);
        pages.check("sequences-page-2");
        // Back may restore the first page from the browser's cache, so its address, not a fresh load, tells it is back
        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("after="));
        assertThat(names()).isEqualTo(first);
    }
}
