package org.mtp.adapter.web.browser;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mtp.adapter.web.testing.WebWorld;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the web app's browser journeys: one headless Chromium per test class against a fresh web app on the in-memory
 * application, every test starting without cookies, and the steps the journeys share. A subclass stores its data in its
 * own {@code @BeforeAll}, which JUnit runs after this one. The fields are static because JUnit's class callbacks are;
 * the test classes run one after the other (the build runs no test in parallel).
 */
abstract class BrowserJourney {

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

    /** Waits up to 10 s, asking every 20 ms. */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    /** Opens a path of the app and waits until its page has replaced the one shown. */
    void open(String path) {
        pages.loads(() -> driver.get(world.baseUrl() + path));
    }

    /** Replaces the text of the field with this id. */
    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button of a plain form in the page's main part and waits for the page it loads. */
    void submit(String buttonText) {
        pages.loads(() -> driver.findElement(By.xpath("//main//button[normalize-space()='" + buttonText + "']"))
                .click());
    }

    /** Follows a link of the page's main part and waits for the page it loads. */
    void follow(String linkText) {
        pages.loads(() -> driver.findElement(By.xpath("//main//a[normalize-space()='" + linkText + "']"))
                .click());
    }

    /** Signs in through the sign-in form and waits until the header offers to sign out. */
    void signIn(String username, String password) {
        open("/sign-in");
        type("login", username);
        type("password", password);
        submit("Sign in");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//header//button[.='Sign out']")));
    }

    /** Makes the browser that of this session alone: its cookies for the site shown replaced by the session's. */
    void session(String sessionId) {
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("mtp_session", sessionId));
    }
}
