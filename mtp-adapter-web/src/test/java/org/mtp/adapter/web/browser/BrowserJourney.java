package org.mtp.adapter.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mtp.adapter.web.testing.WebWorld;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the web app's browser journeys: one headless Chromium per test class against a fresh web app on the in-memory
 * application, every test starting without cookies, and the shared {@link Journey} steps. A subclass stores its data in
 * its own {@code @BeforeAll}, which JUnit runs after this one. The fields are static because JUnit's class callbacks
 * are; the test classes run one after the other (the build runs no test in parallel).
 */
abstract class BrowserJourney implements Journey {

    static WebWorld world;
    static ChromeDriver driver;
    static PageChecks pages;

    @BeforeAll
    static void startTheAppAndTheBrowser() {
        world = new WebWorld();
        driver = Chromium.start();
        pages = new PageChecks(driver);
    }

    @AfterAll
    static void stopTheBrowserAndTheApp() {
        driver.quit();
        world.close();
    }

    /** Cookies can only be deleted for the site shown, so a page of the app is opened first. */
    @BeforeEach
    void withoutCookies() {
        driver.get(world.baseUrl() + "/no-such-page");
        driver.manage().deleteAllCookies();
    }

    @Override
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public PageChecks pages() {
        return pages;
    }

    @Override
    public String baseUrl() {
        return world.baseUrl();
    }
}
