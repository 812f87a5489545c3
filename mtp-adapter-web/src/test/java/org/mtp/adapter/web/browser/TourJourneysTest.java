package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The tour journeys in a real headless Chromium (one for the class) against the web app on the in-memory application:
 * create a tour (a refused form first), add sequences from the tour page and from a sequence page, reorder by mouse
 * (Selenium's drag and drop, which in this Chromium fires the native HTML5 drag events the page's script listens to)
 * and by keyboard (Tab to "Move down", Enter), edit, and delete after the confirmation. Each page reached, forms with
 * errors included, passes axe-core, fits 375 px and is photographed.
 */
class TourJourneysTest extends BrowserJourney {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private static User alice;
    private static User bob;
    private static Sequence bobsWalk;

    @BeforeAll
    static void storePeopleAndBobsWalk() {
        alice = world.person("alice");
        bob = world.person("bob");
        bobsWalk = walk(bob, "bobs", 13.3, "");
    }

    @BeforeEach
    void signedInAsAlice() {
        session(world.sessionOf(alice));
    }

    private static Sequence walk(User owner, String key, double lon, String tags) {
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name("walk " + key)
                .tags(tags)
                .points(GeoPoint.of(lon, 52.5), GeoPoint.of(lon + 0.01, 52.51))
                .build());
    }

    private static TourView tour(String name, Sequence... sequences) {
        return world.services.tours.create(new CreateTourUseCase.Command(
                alice.id(),
                TourDetails.of(name, "Along the river.", Tags.NONE),
                List.of(sequences).stream().map(Sequence::id).toList()));
    }

    private static List<SequenceId> saved(TourView tour) {
        return world.services.tours.get(tour.tour().id()).tour().sequences();
    }

    private void mapDrawn(int tracks) {
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .hasSize(tracks);
    }

    private List<String> rows() {
        return driver.findElements(By.cssSelector("#tour-order > li")).stream()
                .map(row -> row.getAttribute("data-sequence"))
                .toList();
    }

    @Test
    void createATourThenAddSequencesFromTheTourPageAndFromASequencePage() {
        Sequence a = walk(alice, "a", 13.4, "river");
        Sequence b = walk(alice, "b", 13.5, "");

        open("/tours");
        pages.loads(() -> driver.findElement(By.linkText("New tour")).click());
        pages.check("tour-new");
        type("description", HOSTILE);
        submit("Create tour");
        assertThat(driver.findElement(By.id("name-error")).getText()).startsWith("Name must have 1 to 100");
        assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo(HOSTILE);
        pages.check("tour-new-refused");

        type("name", "River " + HOSTILE);
        driver.findElement(By.cssSelector("label[for='tag-0']")).click();
        type("tags", "winter");
        submit("Create tour");
        assertThat(driver.getCurrentUrl()).matches(".*/tours/[0-9a-f-]{36}$");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("River " + HOSTILE);
        assertThat(driver.findElement(By.cssSelector(".facts .tags")).getText()).contains("river", "winter");
        String tourUrl = driver.getCurrentUrl().substring(world.baseUrl().length());
        TourView made = world.services.tours.get(TourId.parse("id", tourUrl.substring("/tours/".length())));
        pages.check("tour-owner-empty");

        type("find", "walk a");
        pages.loads(() -> driver.findElement(By.xpath("//button[normalize-space()='Find']"))
                .click());
        assertThat(driver.findElements(By.cssSelector(".candidates li"))).hasSize(1);
        submit("Add walk a");
        assertThat(driver.findElement(By.cssSelector(".notice[role=status]")).getText())
                .isEqualTo("Added walk a to River " + HOSTILE + ".");
        assertThat(rows()).containsExactly(a.id().toString());
        mapDrawn(1);
        pages.check("tour-owner-added");

        // a forged choice (someone else's sequence) is refused next to the chooser, the page kept
        WebElement addB = driver.findElement(By.xpath("//main//button[normalize-space()='Add walk b']"));
        driver.executeScript(
                "arguments[0].form.querySelector('input[name=sequence]').value = arguments[1];",
                addB,
                bobsWalk.id().toString());
        submit("Add walk b");
        assertThat(driver.findElement(By.id("add-error")).getText())
                .isEqualTo("Only your own published sequences can be in your tours.");
        pages.check("tour-owner-add-refused");

        open("/sequences/" + b.id());
        new Select(driver.findElement(By.id("tour"))).selectByVisibleText("River " + HOSTILE);
        submit("Add to tour");
        assertThat(driver.getCurrentUrl()).contains("/sequences/" + b.id() + "?added_to=");
        assertThat(driver.findElement(By.cssSelector("#add-to-tour [role=status]"))
                        .getText())
                .isEqualTo("Added to the tour River " + HOSTILE + ".");
        pages.check("sequence-added-to-tour");
        assertThat(saved(made)).containsExactly(a.id(), b.id());

        open(tourUrl);
        mapDrawn(2);
        assertThat(rows()).containsExactly(a.id().toString(), b.id().toString());
    }

    @Test
    void reorderByMouseAndByKeyboardWithTheMapFollowing() {
        Sequence a = walk(alice, "m1", 13.4, "");
        Sequence b = walk(alice, "m2", 13.5, "");
        Sequence c = walk(alice, "m3", 13.6, "");
        TourView loop = tour("Loop", a, b, c);
        open("/tours/" + loop.tour().id());
        mapDrawn(3);

        WebElement first = driver.findElement(By.id("sequence-" + a.id()));
        WebElement last = driver.findElement(By.id("sequence-" + c.id()));
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.id("tour-order")));
        int quarter = last.getSize().getHeight() / 4;
        // Chromium starts a native drag on the first move after the press and fires dragover on the moves after it,
        // so the gesture moves a little first and once more over the drop place (one move straight there is no drag)
        pages.loads(() -> new Actions(driver)
                .clickAndHold(first)
                .moveByOffset(0, 5)
                .moveToElement(last, 0, quarter)
                .moveByOffset(0, 1)
                .release()
                .perform());
        assertThat(saved(loop)).containsExactly(b.id(), c.id(), a.id());
        assertThat(rows()).containsExactly(b.id().toString(), c.id().toString(), a.id().toString());
        assertThat(driver.findElement(By.cssSelector("[role=status].notice")).getText())
                .isEqualTo("Moved walk m1 to position 3.");
        assertThat(driver.findElement(By.id("map")).getAttribute("data-tracks"))
                .isEqualTo("/sequences/" + b.id() + ".geojson /sequences/" + c.id() + ".geojson /sequences/" + a.id()
                        + ".geojson");
        mapDrawn(3);
        pages.check("tour-reordered-by-mouse");

        driver.executeScript("document.querySelector('#tour-order > li h3 a').focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).startsWith("Move down").contains("walk m2");
        assertThat(focused.getAttribute("class")).contains("move-down");
        pages.loads(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
        assertThat(saved(loop)).containsExactly(c.id(), b.id(), a.id());
        assertThat(driver.getCurrentUrl()).endsWith("?done=moved-down&sequence=" + b.id());
        WebElement stillFocused = driver.switchTo().activeElement();
        assertThat(stillFocused.getAttribute("class")).contains("move-down");
        assertThat(stillFocused.findElement(By.xpath("ancestor::li")).getAttribute("id"))
                .isEqualTo("sequence-" + b.id());
        pages.loads(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
        assertThat(saved(loop)).containsExactly(c.id(), a.id(), b.id());
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("move-up");
        mapDrawn(3);
        pages.check("tour-reordered-by-keyboard");

        submit("Remove walk m1");
        assertThat(saved(loop)).containsExactly(c.id(), b.id());
        assertThat(driver.findElement(By.cssSelector("[role=status].notice")).getText())
                .isEqualTo("The sequence was removed from this tour.");
        mapDrawn(2);
    }

    @Test
    void editTheTourThenDeleteItAfterTheConfirmationWhileOthersAreRefused() {
        TourView loop = tour("Old name", walk(alice, "e1", 13.4, ""));
        String url = "/tours/" + loop.tour().id();

        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("mtp_session", world.sessionOf(bob)));
        open(url + "/edit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        pages.check("tour-edit-forbidden");
        open(url);
        assertThat(driver.findElements(By.linkText("Edit tour"))).isEmpty();
        signedInAsAlice();

        open(url);
        pages.loads(() -> driver.findElement(By.linkText("Edit tour")).click());
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Old name");
        pages.check("tour-edit");
        type("name", "");
        type("tags", "a".repeat(60));
        submit("Save changes");
        assertThat(driver.findElement(By.id("name-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("tags-error")).isDisplayed()).isTrue();
        pages.check("tour-edit-refused");
        type("name", "New name");
        type("tags", "coast, night");
        submit("Save changes");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("New name");
        assertThat(driver.findElement(By.cssSelector(".facts .tags")).getText()).contains("coast", "night");

        pages.loads(() -> driver.findElement(By.linkText("Delete tour")).click());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Delete the tour?");
        pages.check("tour-delete");
        pages.loads(() -> driver.findElement(By.linkText("Cancel")).click());
        assertThat(driver.getCurrentUrl()).endsWith(url);
        pages.loads(() -> driver.findElement(By.linkText("Delete tour")).click());
        submit("Yes, delete this tour");
        assertThat(driver.getCurrentUrl()).endsWith("/tours?username=alice");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("New name");
        pages.check("tours-after-delete");
        open(url);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }
}
