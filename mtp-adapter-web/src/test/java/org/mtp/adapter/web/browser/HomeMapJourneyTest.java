package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The home map in a real headless Chromium against the web app on the in-memory application: pan and zoom it and see
 * the list beside it follow the view.
 */
class HomeMapJourneyTest extends BrowserJourney {

    @BeforeAll
    static void storeTwoWalks() {
        User alice = world.person("alice");
        walk(alice, "berlin", 13.40, 52.52);
        walk(alice, "paris", 2.35, 48.85);
    }

    private static void walk(User owner, String name, double lon, double lat) {
        world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(name)
                .name(name)
                .capturedAt(Instant.parse("2024-06-01T08:00:00Z"))
                .points(GeoPoint.of(lon, lat), GeoPoint.of(lon + 0.002, lat + 0.001))
                .build());
    }

    private String settledView(String before) {
        waiting().until(d -> {
            WebElement map = d.findElement(By.id("map"));
            return "true".equals(map.getAttribute("data-ready"))
                    && !map.getAttribute("data-bbox").equals(before);
        });
        return driver.findElement(By.id("map")).getAttribute("data-bbox");
    }

    private List<String> listed() {
        return driver.findElements(By.cssSelector("#latest .cards h3 a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void panAndZoomTheHomeMapAndSeeTheListFollow() {
        driver.get(world.baseUrl() + "/?bbox=0,47,16,54");
        String view = settledView("");
        assertThat(listed()).containsExactlyInAnyOrder("berlin", "paris");
        assertThat(driver.findElements(By.cssSelector("#map .leaflet-interactive")))
                .hasSize(2);
        pages.check("home-map");

        WebElement map = driver.findElement(By.id("map"));
        new Actions(driver)
                .moveToElement(map)
                .clickAndHold()
                .moveByOffset(-150, 0)
                .moveByOffset(-150, 0)
                .release()
                .perform();
        view = settledView(view);
        assertThat(listed()).containsExactly("berlin");
        assertThat(driver.getCurrentUrl()).contains("bbox=" + view.replace(",", "%2C"));

        driver.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
        view = settledView(view);
        driver.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
        settledView(view);
        assertThat(listed()).containsExactlyInAnyOrder("berlin", "paris");
    }
}
