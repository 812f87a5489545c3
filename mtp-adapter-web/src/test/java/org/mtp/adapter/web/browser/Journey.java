package org.mtp.adapter.web.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps a browser journey through the web app takes, each waiting for what it causes: open a path, fill a field,
 * press a form's button or follow a link, sign in. An implementation names its browser, its page checks and the app's
 * address; public in the test-jar, so bootstrap's journeys on the real wiring take the same steps.
 */
public interface Journey {

    ChromeDriver driver();

    PageChecks pages();

    String baseUrl();

    /** Waits up to 10 s, asking every 20 ms. */
    default WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    /** Opens a path of the app and waits until its page has replaced the one shown. */
    default void open(String path) {
        pages().loads(() -> driver().get(baseUrl() + path));
    }

    /** Replaces the text of the field with this id. */
    default void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button of a plain form in the page's main part and waits for the page it loads. */
    default void submit(String buttonText) {
        pages().loads(() -> driver().findElement(By.xpath("//main//button[normalize-space()='" + buttonText + "']"))
                .click());
    }

    /** Follows a link of the page's main part and waits for the page it loads. */
    default void follow(String linkText) {
        pages().loads(() -> driver().findElement(By.xpath("//main//a[normalize-space()='" + linkText + "']"))
                .click());
    }

    /** Signs in through the sign-in form and waits until the header offers to sign out. */
    default void signIn(String username, String password) {
        open("/sign-in");
        type("login", username);
        type("password", password);
        submit("Sign in");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//header//button[.='Sign out']")));
    }

    /** Makes the browser that of this session alone: its cookies for the site shown replaced by the session's. */
    default void session(String sessionId) {
        driver().manage().deleteAllCookies();
        driver().manage().addCookie(new Cookie("mtp_session", sessionId));
    }
}
