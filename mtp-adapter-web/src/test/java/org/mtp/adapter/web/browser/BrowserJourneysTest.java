package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web app's journeys in a real headless Chromium (one for the class) against the web app on the in-memory
 * application: each page reached passes axe-core (WCAG 2 A/AA), fits 375 px and is photographed at both widths.
 */
class BrowserJourneysTest extends BrowserJourney {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private Sequence walk(User owner, String key, int photos) {
        List<Photo> list = new ArrayList<>();
        for (int i = 0; i < photos; i++) {
            list.add(Photo.of(
                    ImageKey.of(key + i),
                    GeoPoint.of(13.40 + i * 0.0004, 52.52 + i * 0.0002),
                    CompassAngle.of((i * 7) % 360),
                    Instant.parse("2024-06-01T08:00:00Z").plusSeconds(i * 2L)));
        }
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name(HOSTILE + " river walk")
                .description("Along the river. " + HOSTILE)
                .tags("river,morning")
                .photos(list)
                .build());
    }

    @Test
    void signUpThenSignOutAndSignInAgain() {
        open("/");
        pages.check("home-empty");
        open("/sign-up");
        pages.check("sign-up");
        type("username", "x");
        type("email", "not-an-email");
        type("password", "short");
        submit("Create the account");
        assertThat(driver.findElement(By.id("email-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("x");
        pages.check("sign-up-errors");

        type("username", "walker");
        type("email", "walker@example.org");
        type("password", "a long enough password");
        submit("Create the account");
        waiting().until(ExpectedConditions.urlContains("/users/walker"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("walker");

        driver.findElement(By.xpath("//header//button[.='Sign out']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
        open("/sign-in");
        pages.check("sign-in");
        type("login", "walker");
        type("password", "wrong password");
        submit("Sign in");
        assertThat(driver.findElement(By.cssSelector(".form-error")).getText()).contains("not right");
        pages.check("sign-in-errors");
        signIn("walker", "a long enough password");
    }

    @Test
    void openASequenceLikeItMarkAViewpointAndDownloadItsGpx() {
        User owner = world.person("owner1");
        world.person("liker");
        Sequence s = walk(owner, "br", 60);
        signIn("liker", InMemoryAccounts.passwordOf("liker"));

        open("/sequences/" + s.id());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE + " river walk");
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-tile-loaded")));
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".photo"))).hasSize(50);
        pages.check("sequence");

        driver.findElement(By.xpath("//main//button[normalize-space()='Like']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#like .count"), "1 like"));
        assertThat(driver.findElement(By.cssSelector("#like button")).getText()).isEqualTo("Unlike");
        driver.findElement(By.cssSelector("#viewpoint-br0 button[value=mark]")).click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#viewpoint-br0 .count"), "1 viewpoint"));
        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector("#like button")).getText()).isEqualTo("Unlike");
        assertThat(driver.findElement(By.cssSelector("#viewpoint-br0 .count")).getText())
                .isEqualTo("1 viewpoint");

        String href = driver.findElement(By.linkText("GPX")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(t => done({"
                                + "status: r.status, disposition: r.headers.get('Content-Disposition'), body: t})));",
                        href);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat((String) download.get("disposition")).startsWith("attachment");
        assertThat((String) download.get("body")).contains("<gpx").contains("<trkpt");
    }

    @Test
    void seeAProfile() {
        User owner = world.person("profiled");
        walk(owner, "pf", 3);

        open("/");
        pages.check("home");
        // the home map lists its view once it has settled; a link is followed after that, not while it is replaced
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        driver.findElement(By.linkText("profiled")).click();
        waiting().until(ExpectedConditions.urlContains("/users/profiled"));
        assertThat(driver.getPageSource()).doesNotContain("profiled@example.org");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("3 photos")
                .containsPattern("Photos board\\s+#\\d+");
        pages.check("profile");
        open("/no/such/page");
        pages.check("not-found");
    }

    @Test
    void changeThePasswordThenRevokeASessionAndSeeThatBrowserSignedOut() {
        User user = world.person("changer");
        signIn("changer", InMemoryAccounts.passwordOf("changer"));
        open("/account");
        pages.check("account");

        type("current_password", "not my password");
        type("new_password", "my new long password");
        submit("Change the password");
        assertThat(driver.findElement(By.id("current_password-error")).getText())
                .isNotBlank();
        pages.check("account-errors");
        type("current_password", InMemoryAccounts.passwordOf("changer"));
        type("new_password", "my new long password");
        submit("Change the password");
        waiting().until(ExpectedConditions.urlContains("done=changed"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("password was changed");

        // another browser of the same person revokes this one's session from its account page
        Browserless other = new Browserless(world.baseUrl());
        String otherSession = "mtp_session=" + world.sessionOfWithPassword(user, "my new long password");
        String account = other.get("/account", "Cookie", otherSession).body();
        String revokeThisBrowser = Arrays.stream(account.split("<tr>"))
                .filter(row -> row.contains("/revoke\"") && !row.contains("(this browser)"))
                .map(row -> row.replaceAll("(?s).*action=\"([^\"]+/revoke)\".*", "$1"))
                .findFirst()
                .orElseThrow();
        assertThat(other.post(
                                revokeThisBrowser,
                                Browserless.form("csrf", Browserless.csrfOf(account)),
                                "Cookie",
                                otherSession)
                        .statusCode())
                .isEqualTo(303);

        open("/account");
        waiting().until(ExpectedConditions.urlContains("/sign-in?return_to=%2Faccount"));
        assertThat(driver.findElements(By.xpath("//header//button[.='Sign out']")))
                .isEmpty();
        Cookie session = driver.manage().getCookieNamed("mtp_session");
        assertThat(session == null || session.getValue().isEmpty()).isTrue();
    }

    @Test
    void theSignInLimitAnswers429() {
        world.person("guessed");
        open("/sign-in");
        for (int i = 0; i < 11; i++) {
            type("login", "guessed");
            type("password", "guess number " + i);
            submit("Sign in");
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Too many sign-in attempts");
        pages.check("sign-in-throttled");
    }
}
