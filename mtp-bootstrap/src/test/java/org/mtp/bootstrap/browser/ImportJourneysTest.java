package org.mtp.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.adapter.web.browser.Chromium;
import org.mtp.adapter.web.browser.Journey;
import org.mtp.adapter.web.browser.PageChecks;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Importing from Mapillary in a real headless Chromium against the strict fake Mapillary server, through the real
 * wiring on H2: seed 000's steps 2.1 to 2.4 with the connect redirect and its return, a denied grant, an empty range, a
 * range past Mapillary's 2,000-result cap, a revoked Mapillary token, a rate-limited import, a 5,000-photo import with
 * its progress page, a draft finished, and a server without a Mapillary app. Every page passes axe-core at both widths;
 * screenshots are named {@code import-*} and {@code finish-*} in the order of the journey.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportJourneysTest implements Journey {

    private static final String CAPTURED = "?from=2020-04-20&to=2020-05-31";
    private static final Instant T0 = Synth.T0;

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService mtp;
    private Accounts accounts;
    private ChromeDriver driver;
    private PageChecks pages;
    private int people;

    @BeforeAll
    void start(@TempDir Path data) {
        int port = freePort();
        Map<String, String> settings = RunningService.h2Settings(data, mapillary);
        settings.put("MTP_HTTP_PORT", Integer.toString(port));
        // Mapillary's grant page sends the browser back to this service's own callback
        settings.put("MAPILLARY_REDIRECT_URI", "http://127.0.0.1:" + port + "/api/v1/mapillary/callback");
        mtp = RunningService.on(settings);
        accounts = Accounts.withUploader(mtp);
        driver = Chromium.start();
        pages = new PageChecks(driver);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        mtp.close();
        mapillary.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A person of their own, signed up and signed in in the browser; returns their API token. */
    private String signedIn(String username) {
        String token = accounts.signUpAndSignIn(username);
        driver.manage().deleteAllCookies();
        signIn(username, Accounts.PASSWORD);
        return token;
    }

    private MapillaryUser mapillaryAccount(String username) {
        people++;
        MapillaryUser user = new MapillaryUser(MapillaryUserId.of(Long.toString(300000000000000L + people)), username);
        mapillary.addUser(user, MapillaryToken.of("MLYjourneyToken" + people));
        return user;
    }

    private MapillaryToken tokenOf(int person) {
        return MapillaryToken.of("MLYjourneyToken" + person);
    }

    /** Adds {@code count} sequences of {@code photos} photos each, an hour apart from {@code T0}, with new ids. */
    private void sequences(MapillaryUser owner, String prefix, int count, int photos, long firstId) {
        for (int i = 0; i < count; i++) {
            mapillary.addSequence(Synth.sequence(
                    prefix + i, owner, T0.plus(Duration.ofHours(i)), photos, 1_000, firstId + (long) i * photos));
        }
    }

    /** Connects the person's Mapillary account through the API, with a token the test knows. */
    private void connectByToken(String apiToken, MapillaryToken mly) {
        mtp.client()
                .post("/api/v1/mapillary/token/verify")
                .bearer(apiToken)
                .form(ApiClient.form("mapillary_token", mly.reveal()))
                .send(r -> assertThat(r.status()).isEqualTo(200));
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
        return mtp.baseUrl();
    }

    /** Up to 20 s, longer than the web journeys' 10 s: these pages wait on Mapillary (here its fake server). */
    @Override
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    private void chooseDays(String from, String to) {
        driver.executeScript(
                "document.getElementById('from').value = arguments[0];"
                        + "document.getElementById('to').value = arguments[1];",
                from,
                to);
        pages.loads(() -> driver.findElement(By.cssSelector("#range button")).click());
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#importable li[data-number]"));
    }

    private void awaitMap() {
        waiting().until(d -> "true".equals(d.findElement(By.id("import-map")).getDomAttribute("data-ready")));
    }

    private void describe(String name) {
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("transport_type"))).selectByValue("Walk");
        driver.findElement(By.id("tags")).sendKeys("coast, morning");
    }

    @Test
    void theWholeImportFromSequencesThroughConnectingToTheNewSequence() {
        MapillaryUser walker = mapillaryAccount("walker_on_mly");
        sequences(walker, "journeySeq", 2, 12, 400000000000001L);
        mapillary.grantOnConnect(walker);
        signedIn("walker");

        open("/sequences");
        pages.check("import-01-sequences");
        pages.loads(() -> driver.findElement(By.id("import-from-mapillary")).click());
        assertThat(driver.getCurrentUrl()).endsWith("/sequences/import");
        pages.check("import-02-connect");

        pages.loads(() -> driver.findElement(By.id("connect-mapillary")).click());
        assertThat(driver.getCurrentUrl()).contains("/sequences/import?mapillary=connected");
        assertThat(driver.findElement(By.id("mapillary-notice")).getText())
                .isEqualTo("Your Mapillary account is connected.");
        pages.check("import-03-connected");

        chooseDays("2020-04-20", "2020-05-31");
        assertThat(rows()).hasSize(2);
        awaitMap();
        assertThat(driver.findElements(By.cssSelector("#import-map .import-marker")))
                .hasSize(2);
        assertThat(rows().get(0).getText()).contains("2020-05-01", "12 photos", "SynthCam S1", "Not a panorama");
        pages.check("import-04-choose");

        pages.loads(() -> rows().get(0).findElement(By.cssSelector("a.button")).click());
        pages.check("import-05-describe");
        pages.loads(
                () -> driver.findElement(By.cssSelector("#import-form button")).click());
        assertThat(driver.findElement(By.id("name-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("transport_type-error")).getText()).isNotBlank();
        pages.check("import-06-describe-errors");

        describe("Coast at dawn");
        driver.findElement(By.id("import-form")).submit();
        waiting().until(ExpectedConditions.titleContains("Coast at dawn"));
        String sequence = driver.getCurrentUrl();
        assertThat(sequence).matches(".*/sequences/[0-9a-f-]{36}");
        pages.check("import-07-sequence");

        open("/sequences?name=Coast+at+dawn");
        assertThat(driver.getPageSource()).contains(sequence.substring(sequence.indexOf("/sequences/")));
        open("/sequences/import" + CAPTURED);
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aDeniedGrantComesBackWithAMessageAndStoresNothing() {
        mapillary.grantOnConnect(null);
        signedIn("denier");
        open("/sequences/import");

        pages.loads(() -> driver.findElement(By.id("connect-mapillary")).click());

        assertThat(driver.getCurrentUrl()).contains("/sequences/import?mapillary=denied");
        assertThat(driver.findElement(By.id("mapillary-notice")).getText()).contains("the access was not granted");
        assertThat(driver.findElements(By.id("connect-mapillary"))).hasSize(1);
        pages.check("import-denied");
    }

    @Test
    void anEmptyRangeSaysNoResultsMatch() {
        MapillaryUser quiet = mapillaryAccount("quiet_on_mly");
        String token = signedIn("quiet");
        connectByToken(token, tokenOf(people));

        open("/sequences/import?from=2019-01-01&to=2019-01-31");

        assertThat(driver.findElement(By.id("import-empty")).getText()).isEqualTo("No results match your criteria.");
        pages.check("import-empty");
        assertThat(quiet.username()).isEqualTo("quiet_on_mly");
    }

    @Test
    void aRangePastMapillarysTwoThousandResultCapListsEverySequence() {
        MapillaryUser busy = mapillaryAccount("busy_on_mly");
        sequences(busy, "busySeq", 25, 100, 500000000000001L);
        String token = signedIn("busy");
        connectByToken(token, tokenOf(people));
        int searchesBefore = mapillary.requests("/images").size();

        open("/sequences/import" + CAPTURED);

        assertThat(rows()).hasSize(25);
        assertThat(mapillary.requests("/images").size() - searchesBefore)
                .as("the 2,500 images needed more than one capped search")
                .isGreaterThan(1);
        awaitMap();
        pages.check("import-past-the-cap");
    }

    @Test
    void aRevokedMapillaryTokenOffersToConnectAgain() {
        MapillaryUser revoked = mapillaryAccount("revoked_on_mly");
        sequences(revoked, "revokedSeq", 1, 5, 600000000000001L);
        String token = signedIn("revoked");
        connectByToken(token, tokenOf(people));
        mapillary.revoke(tokenOf(people));

        open("/sequences/import" + CAPTURED);

        assertThat(driver.findElement(By.id("mapillary-problem")).getText())
                .contains("no longer accepts the connection", "Connect your Mapillary account again");
        pages.check("import-revoked");
    }

    @Test
    void aRateLimitedImportSaysWhenToTryAgainAndStoresNothing() {
        MapillaryUser limited = mapillaryAccount("limited_on_mly");
        sequences(limited, "limitedSeq", 1, 5, 700000000000001L);
        String token = signedIn("limited");
        connectByToken(token, tokenOf(people));
        open("/sequences/import" + CAPTURED);
        pages.loads(() -> rows().get(0).findElement(By.cssSelector("a.button")).click());
        describe("Limited");
        mapillary.script(
                "/me",
                new MockResponse.Builder(FakeJson.rateLimited(429))
                        .setHeader("Retry-After", "3600")
                        .build());

        driver.findElement(By.id("import-form")).submit();

        WebElement failed = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-failed")));
        assertThat(failed.getText()).contains("nothing was stored", "Mapillary is limiting requests", "UTC");
        pages.check("import-rate-limited");
        open("/sequences/import" + CAPTURED);
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aFiveThousandPhotoImportShowsItsProgressUntilItsSequence() {
        MapillaryUser big = mapillaryAccount("big_on_mly");
        sequences(big, "bigSeq", 1, 5_000, 800000000000001L);
        String token = signedIn("big");
        connectByToken(token, tokenOf(people));
        open("/sequences/import" + CAPTURED);
        pages.loads(() -> rows().get(0).findElement(By.cssSelector("a.button")).click());
        describe("Five thousand");
        CountDownLatch release = new CountDownLatch(1);
        mapillary.holdUntil(r -> r.getUrl().encodedPath().equals("/"), release, Duration.ofSeconds(30));

        try {
            pages.loads(() -> driver.findElement(By.id("import-form")).submit());

            assertThat(driver.getCurrentUrl()).contains("/sequences/import/jobs/");
            // htmx replaces the progress every second, so an element found may be gone when read
            waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("import-state")).getText().contains("of 5000 photos fetched"));
            pages.check("import-progress");
        } finally {
            release.countDown();
        }
        waiting().until(ExpectedConditions.titleContains("Five thousand"));
        assertThat(driver.getCurrentUrl()).matches(".*/sequences/[0-9a-f-]{36}");
    }

    @Test
    void aDraftFromTheUploaderIsFinishedThroughThePicker() {
        MapillaryUser drafter = mapillaryAccount("drafter_on_mly");
        sequences(drafter, "draftSeq", 1, 8, 900000000000001L);
        String token = signedIn("drafter");
        connectByToken(token, tokenOf(people));
        String id = mtp.client()
                .post("/api/v1/sequence/create/")
                .bearer(token)
                .form(ApiClient.form("name", "Uploaded draft", "transport_type", "Bicycle"))
                .send(r -> assertThat(r.status()).isEqualTo(201))
                .text("unique_id");

        open("/sequences/drafts/" + id + "/finish" + CAPTURED);
        assertThat(rows()).hasSize(1);
        pages.check("finish-01-pick");
        pages.loads(() -> rows().get(0).findElement(By.cssSelector("button")).click());

        assertThat(driver.getCurrentUrl()).endsWith("/sequences/" + id);
        assertThat(driver.getTitle()).contains("Uploaded draft");
        pages.check("finish-02-sequence");
    }

    @Test
    void withoutAMapillaryAppThePagesSaySoAndTheApiAnswers503(@TempDir Path elsewhere) {
        Map<String, String> settings = RunningService.h2Settings(elsewhere, mapillary);
        settings.remove("MAPILLARY_APP_ID");
        settings.remove("MAPILLARY_SECRET");
        settings.remove("MAPILLARY_REDIRECT_URI");
        try (RunningService bare = RunningService.on(settings)) {
            Accounts bareAccounts = Accounts.withUploader(bare);
            String token = bareAccounts.signUpAndSignIn("appless");
            bare.client().get("/api/v1/mapillary/connect").bearer(token).send(r -> {
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.text("code")).isEqualTo("mapillary_not_configured");
            });
            driver.manage().deleteAllCookies();
            pages.loads(() -> driver.get(bare.baseUrl() + "/sign-in"));
            driver.findElement(By.id("login")).sendKeys("appless");
            driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
            pages.loads(() -> driver.findElement(By.cssSelector("form[action='/sign-in'] button"))
                    .click());

            pages.loads(() -> driver.get(bare.baseUrl() + "/sequences/import"));

            assertThat(driver.findElement(By.id("no-mapillary-app")).getText())
                    .contains("This server has no Mapillary app");
            assertThat(driver.findElements(By.id("connect-mapillary"))).isEmpty();
            pages.check("import-not-configured");
            pages.loads(() -> driver.get(bare.baseUrl() + "/sequences"));
            assertThat(driver.findElements(By.id("import-from-mapillary"))).isEmpty();
        }
    }
}
