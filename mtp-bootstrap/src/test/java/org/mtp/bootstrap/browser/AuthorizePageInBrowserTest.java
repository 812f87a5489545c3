package org.mtp.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.web.browser.Chromium;
import org.mtp.adapter.web.browser.PageChecks;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The REST adapter's authorize page in a real headless Chromium, served with the web app's stylesheet by the real
 * wiring on H2: the sign-in form and its wrong-password answer pass axe-core (WCAG 2 A/AA) and fit 375 px, as the web
 * app's own pages must.
 */
class AuthorizePageInBrowserTest {

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService mtp;
    private ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        mtp.close();
        mapillary.close();
    }

    @Test
    void theSignInFormAndItsWrongPasswordAnswerPassTheAccessibilityScan(@TempDir Path data) {
        mtp = RunningService.onH2(data, mapillary);
        Accounts.withUploader(mtp).signUpAndSignIn("walker");
        driver = Chromium.start();
        PageChecks pages = new PageChecks(driver);

        driver.get(mtp.baseUrl() + "/api/v1/authorize?client_id=" + Accounts.UPLOADER + "&response_type=token");
        assertThat(driver.getTitle()).isEqualTo("Sign in to Map the Paths");
        assertThat(driver.findElements(By.cssSelector("link[rel=stylesheet][href='/assets/site.css']")))
                .hasSize(1);
        pages.check("authorize");

        WebElement form = driver.findElement(By.cssSelector("form[action='/api/v1/authorize']"));
        form.findElement(By.name("username")).sendKeys("walker");
        form.findElement(By.name("password")).sendKeys("not the password");
        form.findElement(By.cssSelector("button[value=true]")).click();
        WebElement alert = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error[role=alert]")));

        assertThat(alert.getText()).isNotBlank();
        assertThat(driver.getCurrentUrl()).startsWith(mtp.baseUrl() + "/api/v1/authorize");
        pages.check("authorize-wrong-password");
    }
}
