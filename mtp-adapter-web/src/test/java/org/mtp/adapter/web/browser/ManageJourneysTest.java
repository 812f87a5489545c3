package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The journeys of managing what is one's own, in a real headless Chromium against the web app on the in-memory
 * application: a draft listed and deleted after its confirmation, a sequence edited (refused first, then saved) and
 * deleted after its confirmation, Mapillary disconnected. Every page passes axe-core at both widths.
 */
class ManageJourneysTest extends BrowserJourney {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private User signedIn(String username) {
        User user = world.person(username);
        signIn(username, InMemoryAccounts.passwordOf(username));
        return user;
    }

    private Sequence find(SequenceId id) {
        return world.stores
                .unitOfWork
                .inTransaction(() -> world.stores.sequences.findById(id))
                .orElse(null);
    }

    @Test
    void aDraftIsListedThenDeletedAfterItsConfirmation() {
        User drafter = signedIn("drafter");
        Sequence draft = world.store(Sequence.draft(
                SequenceId.of(UUID.randomUUID()),
                drafter.id(),
                SequenceDetails.of(HOSTILE + " uploader draft", null, TransportType.fromName("t", "Walk"), Tags.NONE),
                Instant.parse("2024-05-02T10:00:00Z")));

        pages.loads(
                () -> driver.findElement(By.xpath("//header//a[.='Drafts']")).click());
        assertThat(driver.findElement(By.cssSelector("table.drafts")).getText())
                .contains(HOSTILE + " uploader draft")
                .contains("2024-05-02 10:00:00 UTC")
                .contains("its Mapillary sequence (the photos)");
        assertThat(driver.findElement(By.xpath("//main//a[starts-with(normalize-space(), 'Finish')]"))
                        .getAttribute("href"))
                .endsWith("/sequences/drafts/" + draft.id() + "/finish");
        pages.check("drafts");

        pages.loads(() -> driver.findElement(By.xpath("//main//a[starts-with(normalize-space(), 'Delete')]"))
                .click());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Delete " + HOSTILE + " uploader draft?");
        pages.check("draft-delete-confirm");
        submit("Delete it");

        assertThat(driver.getCurrentUrl()).endsWith("/sequences/drafts?done=deleted");
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("The draft was deleted.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have no drafts.");
        assertThat(find(draft.id())).isNull();
        pages.check("drafts-after-delete");
    }

    @Test
    void editASequenceRefusedFirstThenSavedAndDeleteItAfterItsConfirmation() {
        User owner = signedIn("editor");
        world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key("older")
                .name("Older walk")
                .tags("harbour,dawn")
                .build());
        Sequence walk = world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key("ed")
                .name(HOSTILE + " river walk")
                .description("Along the river.")
                .tags("river")
                .build());

        open("/sequences/" + walk.id());
        follow("Edit");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(HOSTILE + " river walk");
        assertThat(driver.findElements(By.cssSelector("#tag-suggestions option")))
                .extracting(o -> o.getAttribute("value"))
                .contains("harbour", "dawn", "river");
        pages.check("edit");

        type("name", "   ");
        type("description", "x".repeat(10_001));
        submit("Save the changes");
        assertThat(driver.findElement(By.id("name-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("description-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                .hasSize(10_001);
        pages.check("edit-errors");

        type("name", "Along the canal");
        type("description", "Morning light on the canal.");
        new Select(driver.findElement(By.id("transport_type"))).selectByVisibleText("Bicycle");
        type("tags", "canal, harbour");
        submit("Save the changes");
        assertThat(driver.getCurrentUrl()).endsWith("/sequences/" + walk.id());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Along the canal");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Morning light on the canal.")
                .contains("Bicycle")
                .contains("canal");
        pages.check("sequence-owner");

        follow("Delete");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Delete Along the canal?");
        pages.check("sequence-delete-confirm");
        submit("Delete it");
        assertThat(driver.getCurrentUrl()).endsWith("/users/editor?done=deleted");
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("The sequence was deleted.");
        assertThat(find(walk.id())).isNull();
        pages.check("profile-after-delete");
    }

    @Test
    void disconnectMapillaryFromTheAccountPage() {
        User user = signedIn("connected");
        MapillaryToken token = MapillaryToken.of("MLYbrowserTokenOfConnected");
        world.stores.mapillary.addUser(TestSequences.mapillaryUserOf(user.id()), token);
        world.services.mapillaryConnections.verifyAndStore(user.id(), token);

        open("/account");
        assertThat(driver.findElement(By.cssSelector("[aria-labelledby=mapillary-heading]"))
                        .getText())
                .contains("Connected as");
        assertThat(driver.getPageSource()).doesNotContain(token.reveal());
        pages.check("account-mapillary-connected");

        submit("Disconnect Mapillary");
        assertThat(driver.getCurrentUrl()).endsWith("/account?done=disconnected");
        assertThat(driver.findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("Your Mapillary account was disconnected.");
        assertThat(driver.findElement(By.cssSelector("[aria-labelledby=mapillary-heading]"))
                        .getText())
                .contains("No Mapillary account is connected.");
        assertThat(world.stores.unitOfWork.inTransaction(() -> world.stores.mapillaryConnections.find(user.id())))
                .isEmpty();
        pages.check("account-mapillary-disconnected");
    }
}
