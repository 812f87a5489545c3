package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.web.testing.Browserless.form;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.User;

/**
 * Route tests of the pages where people manage what is theirs: drafts, editing and deleting a sequence, disconnecting
 * Mapillary, on the in-memory application.
 */
class ManagePagesTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());
    private final User alice = world.person("alice");
    private final User bob = world.person("bob");
    private final String aliceCookie = "mtp_session=" + world.sessionOf(alice);
    private final String bobCookie = "mtp_session=" + world.sessionOf(bob);

    @AfterEach
    void close() {
        world.close();
    }

    private Sequence published(User owner, String key) {
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name(HOSTILE + " walk")
                .tags("river,morning")
                .build());
    }

    private Sequence draft(User owner, String name, Instant at) {
        return world.store(Sequence.draft(
                SequenceId.of(UUID.randomUUID()),
                owner.id(),
                SequenceDetails.of(name, null, TransportType.fromName("t", "Walk"), Tags.NONE),
                at));
    }

    private Optional<Sequence> find(SequenceId id) {
        return world.stores.unitOfWork.inTransaction(() -> world.stores.sequences.findById(id));
    }

    private HttpResponse<String> get(String path, String cookie) {
        return browser.get(path, "Cookie", cookie);
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> fields) {
        return browser.post(path, fields, "Cookie", cookie);
    }

    private String csrf(String cookie) {
        return Browserless.csrfOf(get("/account", cookie).body());
    }

    @Test
    void theDraftsPageListsOnlyTheOwnDraftsLatestFirstWithWhatIsMissingAndTheirLinks() {
        Sequence older = draft(alice, HOSTILE + " older", Instant.parse("2024-05-01T10:00:00Z"));
        Sequence newer = draft(alice, "newer", Instant.parse("2024-05-03T08:30:00Z"));
        draft(bob, "bob's draft", Instant.parse("2024-05-04T08:30:00Z"));
        published(alice, "pub1");

        HttpResponse<String> page = get("/sequences/drafts", aliceCookie);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");
        String body = page.body();
        assertThat(body)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; older")
                .doesNotContain(HOSTILE)
                .doesNotContain("bob's draft")
                .doesNotContain("walk</a>")
                .contains("2024-05-03 08:30:00 UTC")
                .contains("its Mapillary sequence (the photos), a description, tags")
                .contains("href=\"/sequences/drafts/" + newer.id() + "/finish\"")
                .contains("href=\"/sequences/" + older.id() + "/delete\"");
        assertThat(body.indexOf("newer")).isLessThan(body.indexOf("older"));
        assertThat(get("/account", aliceCookie).body()).contains("href=\"/sequences/drafts\"");
    }

    @Test
    void theDraftsPagePagesWithTheCursorAndIsEmptyWithoutDrafts() {
        for (int i = 0; i < 21; i++) {
            draft(alice, "draft " + i, Instant.parse("2024-05-01T10:00:00Z").plusSeconds(60L * i));
        }

        String first = get("/sequences/drafts", aliceCookie).body();
        String next =
                first.replaceAll("(?s).*rel=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String second = get(next, aliceCookie).body();

        assertThat(first).contains("draft 20").doesNotContain("draft 0<");
        assertThat(second).contains("draft 0<").contains("First page").doesNotContain("rel=\"next\"");
        assertThat(get("/sequences/drafts", bobCookie).body()).contains("You have no drafts.");
    }

    @Test
    void signedOutThePagesSendToSignInAndComeBack() {
        Sequence walk = published(alice, "k1");

        HttpResponse<String> drafts = browser.get("/sequences/drafts");
        HttpResponse<String> edit = browser.get("/sequences/" + walk.id() + "/edit");
        HttpResponse<String> delete = browser.post("/sequences/" + walk.id() + "/delete", form("csrf", "x"));

        assertThat(drafts.statusCode()).isEqualTo(303);
        assertThat(drafts.headers().firstValue("Location")).contains("/sign-in?return_to=%2Fsequences%2Fdrafts");
        assertThat(edit.headers().firstValue("Location"))
                .contains("/sign-in?return_to=%2Fsequences%2F" + walk.id() + "%2Fedit");
        assertThat(delete.statusCode()).isEqualTo(303);
        assertThat(find(walk.id())).isPresent();
    }

    @Test
    void theOwnerSeesEditAndDeleteOnTheSequencePageAndOthersDoNot() {
        Sequence walk = published(alice, "k1");
        String path = "/sequences/" + walk.id();

        assertThat(get(path, aliceCookie).body())
                .contains("href=\"" + path + "/edit\"")
                .contains("href=\"" + path + "/delete\"");
        assertThat(get(path, bobCookie).body()).doesNotContain(path + "/edit").doesNotContain(path + "/delete");
        assertThat(browser.get(path).body()).doesNotContain(path + "/edit");
    }

    @Test
    void theEditFormShowsTheCurrentValuesTransportGroupsAndTagSuggestions() {
        published(bob, "k2");
        Sequence walk = published(alice, "k1");

        HttpResponse<String> page = get("/sequences/" + walk.id() + "/edit", aliceCookie);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("value=\"&lt;script>alert(1)&lt;/script> walk\"")
                .doesNotContain(HOSTILE)
                .contains("<optgroup label=\"")
                .doesNotContain("Any transport")
                .contains("value=\"river, morning\"")
                .contains("<datalist id=\"tag-suggestions\">")
                .contains("<option value=\"river\">")
                .contains("name=\"csrf\"");
    }

    @Test
    void aValidEditAnswers303ToTheSequenceAndChangesIt() {
        Sequence walk = published(alice, "k1");
        String path = "/sequences/" + walk.id();

        HttpResponse<String> saved = post(
                path + "/edit",
                aliceCookie,
                form(
                        "csrf", csrf(aliceCookie),
                        "name", "  Along the canal ",
                        "description", "Morning light",
                        "transport_type", "Bicycle",
                        "tags", "canal, light"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains(path);
        SequenceDetails details = find(walk.id()).orElseThrow().details();
        assertThat(details.name()).isEqualTo("Along the canal");
        assertThat(details.description()).isEqualTo("Morning light");
        assertThat(details.transportType().displayName()).isEqualTo("Bicycle");
        assertThat(details.tags().names()).containsExactly("canal", "light");
    }

    @Test
    void aRefusedEditAnswers422WithWhatWasTypedAndEachErrorNextToItsField() {
        Sequence walk = published(alice, "k1");
        String path = "/sequences/" + walk.id() + "/edit";

        HttpResponse<String> refused = post(
                path,
                aliceCookie,
                form(
                        "csrf", csrf(aliceCookie),
                        "name", "   ",
                        "description", "kept <b>text</b>",
                        "transport_type", "Hovercraft",
                        "tags", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u"));
        HttpResponse<String> noTransport =
                post(path, aliceCookie, form("csrf", csrf(aliceCookie), "name", "Fine", "transport_type", ""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"name-error\"")
                .contains("id=\"transport_type-error\"")
                .contains("is not a known transport type: Hovercraft")
                .contains("id=\"tags-error\"")
                .contains("must not hold more than 20 tags")
                .contains("kept &lt;b&gt;text&lt;/b&gt;</textarea>")
                .contains("Please correct the fields marked below.");
        assertThat(noTransport.statusCode()).isEqualTo(422);
        assertThat(noTransport.body()).contains("Choose a transport type").contains("value=\"Fine\"");
        assertThat(find(walk.id()).orElseThrow().details()).isEqualTo(walk.details());
    }

    @Test
    void othersGet403OnEveryManagePageAndSomeoneElsesDraftStays404() {
        Sequence walk = published(alice, "k1");
        Sequence aliceDraft = draft(alice, "secret", Instant.parse("2024-05-01T10:00:00Z"));
        String path = "/sequences/" + walk.id();
        String bobCsrf = csrf(bobCookie);
        Map<String, String> edit = form("csrf", bobCsrf, "name", "mine now", "transport_type", "Walk");

        assertThat(get(path + "/edit", bobCookie).statusCode()).isEqualTo(403);
        assertThat(get(path + "/edit", bobCookie).body()).contains("Only its owner may change or delete this.");
        assertThat(post(path + "/edit", bobCookie, edit).statusCode()).isEqualTo(403);
        assertThat(get(path + "/delete", bobCookie).statusCode()).isEqualTo(403);
        assertThat(post(path + "/delete", bobCookie, form("csrf", bobCsrf)).statusCode())
                .isEqualTo(403);
        String draftPath = "/sequences/" + aliceDraft.id();
        assertThat(get(draftPath + "/edit", bobCookie).statusCode()).isEqualTo(404);
        assertThat(get(draftPath + "/delete", bobCookie).statusCode()).isEqualTo(404);
        assertThat(post(draftPath + "/delete", bobCookie, form("csrf", bobCsrf)).statusCode())
                .isEqualTo(404);
        assertThat(find(walk.id()).orElseThrow().details()).isEqualTo(walk.details());
        assertThat(find(aliceDraft.id())).isPresent();
    }

    @Test
    void aForgedPostIsRefusedAndChangesNothing() {
        Sequence walk = published(alice, "k1");
        String path = "/sequences/" + walk.id();

        HttpResponse<String> noToken = post(path + "/delete", aliceCookie, form("x", "y"));
        HttpResponse<String> wrongToken = post(path + "/delete", aliceCookie, form("csrf", csrf(bobCookie)));
        HttpResponse<String> forgedEdit =
                post(path + "/edit", aliceCookie, form("name", "forged", "transport_type", "Walk"));
        HttpResponse<String> forgedDisconnect =
                post("/account/mapillary/disconnect", aliceCookie, form("csrf", "nope"));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(forgedEdit.statusCode()).isEqualTo(403);
        assertThat(forgedDisconnect.statusCode()).isEqualTo(403);
        assertThat(find(walk.id()).orElseThrow().details()).isEqualTo(walk.details());
    }

    @Test
    void deletingAfterTheConfirmationGoesToTheProfileOrTheDraftsWithANotice() {
        Sequence walk = published(alice, "k1");
        Sequence aliceDraft = draft(alice, "secret", Instant.parse("2024-05-01T10:00:00Z"));
        String path = "/sequences/" + walk.id();

        HttpResponse<String> confirm = get(path + "/delete", aliceCookie);
        HttpResponse<String> deleted =
                post(path + "/delete", aliceCookie, form("csrf", Browserless.csrfOf(confirm.body())));
        HttpResponse<String> draftConfirm = get("/sequences/" + aliceDraft.id() + "/delete", aliceCookie);
        HttpResponse<String> draftDeleted = post(
                "/sequences/" + aliceDraft.id() + "/delete",
                aliceCookie,
                form("csrf", Browserless.csrfOf(draftConfirm.body())));

        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body())
                .contains("Delete &lt;script&gt;alert(1)&lt;/script&gt; walk?")
                .contains("method=\"post\" action=\"" + path + "/delete\"")
                .contains("href=\"" + path + "\"");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/users/alice?done=deleted");
        assertThat(find(walk.id())).isEmpty();
        assertThat(get("/users/alice?done=deleted", aliceCookie).body()).contains("The sequence was deleted.");
        assertThat(get("/users/alice?done=deleted", bobCookie).body()).doesNotContain("The sequence was deleted.");
        assertThat(get(path, aliceCookie).statusCode()).isEqualTo(404);
        assertThat(draftConfirm.body()).contains("href=\"/sequences/drafts\"");
        assertThat(draftDeleted.headers().firstValue("Location")).contains("/sequences/drafts?done=deleted");
        assertThat(get("/sequences/drafts?done=deleted", aliceCookie).body())
                .contains("The draft was deleted.")
                .contains("You have no drafts.");
    }

    @Test
    void disconnectingMapillaryDeletesTheStoredTokenAndSaysSo() {
        MapillaryToken token = MapillaryToken.of("MLYsecretTokenOfAlice");
        world.stores.mapillary.addUser(TestSequences.mapillaryUserOf(alice.id()), token);
        world.services.mapillaryConnections.verifyAndStore(alice.id(), token);
        String account = get("/account", aliceCookie).body();
        assertThat(account).contains("action=\"/account/mapillary/disconnect\"").doesNotContain(token.reveal());

        HttpResponse<String> done =
                post("/account/mapillary/disconnect", aliceCookie, form("csrf", Browserless.csrfOf(account)));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/account?done=disconnected");
        assertThat(world.stores.mapillaryConnections.find(alice.id())).isEmpty();
        assertThat(get("/account?done=disconnected", aliceCookie).body())
                .contains("Your Mapillary account was disconnected.")
                .contains("No Mapillary account is connected.")
                .doesNotContain("/account/mapillary/disconnect");
    }
}
