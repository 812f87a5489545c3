package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.web.testing.Browserless.form;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.model.page.PageRequest;
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
import org.mtp.domain.user.Username;

/**
 * Route tests of the tour owner's pages and forms on the in-memory application: create, edit and delete a tour, add,
 * remove and reorder its sequences (from the tour page and from a sequence page), with every refusal: 422 next to the
 * field, 403 for someone else and for a missing form token, 404 for an unknown tour, and sign-in first.
 */
class TourEditingTest {

    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());
    private final User alice = world.person("alice");
    private final User bob = world.person("bob");
    private final String alices = "mtp_session=" + world.sessionOf(alice);
    private final String bobs = "mtp_session=" + world.sessionOf(bob);

    @AfterEach
    void close() {
        world.close();
    }

    private Sequence walk(User owner, String key, String tags) {
        return world.store(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .name("walk " + key)
                .tags(tags)
                .points(GeoPoint.of(13.4, 52.5), GeoPoint.of(13.41, 52.51))
                .build());
    }

    private TourView tour(User owner, String name, Sequence... sequences) {
        return world.services.tours.create(new CreateTourUseCase.Command(
                owner.id(),
                TourDetails.of(name, "Along the river.", Tags.parse("coast")),
                List.of(sequences).stream().map(Sequence::id).toList()));
    }

    private TourView reread(TourView tour) {
        return world.services.tours.get(tour.tour().id());
    }

    private String csrf(String path, String cookie) {
        return Browserless.csrfOf(browser.get(path, "Cookie", cookie).body());
    }

    private HttpResponse<String> post(String path, String cookie, String... fields) {
        Map<String, String> body = form(fields);
        return browser.post(path, body, "Cookie", cookie);
    }

    @Test
    void signedOutTheNewTourFormAndEveryChangeSendToSignInAndComeBack() {
        TourView loop = tour(alice, "loop");
        String url = "/tours/" + loop.tour().id();

        HttpResponse<String> form = browser.get("/tours/new");
        HttpResponse<String> posted = browser.post("/tours/new", form("name", "x"));
        HttpResponse<String> edit = browser.get(url + "/edit");
        HttpResponse<String> delete = browser.get(url + "/delete");
        HttpResponse<String> move = browser.post(url + "/order", form("order", ""));

        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location")).contains("/sign-in?return_to=%2Ftours%2Fnew");
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(edit.headers().firstValue("Location"))
                .contains("/sign-in?return_to=%2Ftours%2F" + loop.tour().id() + "%2Fedit");
        assertThat(delete.statusCode()).isEqualTo(303);
        assertThat(move.statusCode()).isEqualTo(303);
        assertThat(browser.get("/tours").body()).doesNotContain("href=\"/tours/new\"");
        assertThat(browser.get("/tours", "Cookie", alices).body()).contains("href=\"/tours/new\"");
    }

    @Test
    void aTourIsCreatedWithTypedAndSuggestedTagsAndAnswers303ToItsPage() {
        walk(alice, "a1", "river,winter");
        walk(bob, "b1", "bobs-tag");

        String page = browser.get("/tours/new", "Cookie", alices).body();
        HttpResponse<String> created = browser.post(
                "/tours/new",
                Map.of(
                        "csrf", Browserless.csrfOf(page),
                        "name", "Winter river",
                        "description", "Cold.",
                        "tags", "ice, night",
                        "tag", "river"),
                "Cookie",
                alices);

        assertThat(page)
                .contains("<form method=\"post\" action=\"/tours/new\"")
                .contains("value=\"river\"")
                .contains("value=\"winter\"")
                .doesNotContain("bobs-tag");
        assertThat(created.statusCode()).isEqualTo(303);
        TourView made = world.services
                .tours
                .list(Username.of("alice"), PageRequest.first(10))
                .items()
                .get(0);
        assertThat(created.headers().firstValue("Location"))
                .contains("/tours/" + made.tour().id());
        assertThat(made.tour().details().name()).isEqualTo("Winter river");
        assertThat(made.tour().details().tags().names()).containsExactlyInAnyOrder("river", "ice", "night");
    }

    @Test
    void aRefusedTourFormIs422WithEachErrorNextToItsFieldAndTheTypedTextKept() {
        String csrf = csrf("/tours/new", alices);

        HttpResponse<String> refused = post(
                "/tours/new",
                alices,
                "csrf",
                csrf,
                "name",
                " ",
                "description",
                HOSTILE,
                "tags",
                "ok, " + "x".repeat(60));
        HttpResponse<String> forged = post("/tours/new", alices, "name", "Forged");
        HttpResponse<String> wrong = post("/tours/new", alices, "csrf", "nope", "name", "Forged");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"name-error\">Name must have 1 to 100 characters")
                .contains("aria-invalid=\"true\"")
                .contains("id=\"tags-error\">")
                .contains(">" + ESCAPED + "</textarea>")
                .contains("value=\"ok, xxxx")
                .doesNotContain(HOSTILE);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(world.services.tours.list(null, PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void theOwnerEditsATourAndOthersGetTheForbiddenPage() {
        walk(alice, "a1", "coast");
        TourView loop = tour(alice, "loop");
        String url = "/tours/" + loop.tour().id();

        String form = browser.get(url + "/edit", "Cookie", alices).body();
        HttpResponse<String> refused = post(url + "/edit", alices, "csrf", Browserless.csrfOf(form), "name", "");
        HttpResponse<String> saved =
                post(url + "/edit", alices, "csrf", Browserless.csrfOf(form), "name", "Longer loop", "description", "");
        HttpResponse<String> bobsForm = browser.get(url + "/edit", "Cookie", bobs);
        HttpResponse<String> bobsPost = post(url + "/edit", bobs, "csrf", csrf("/tours", bobs), "name", "Mine");

        assertThat(form).contains("value=\"loop\"").contains("Along the river.").contains("checked");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"name-error\"");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains(url);
        TourView edited = reread(loop);
        assertThat(edited.tour().details().name()).isEqualTo("Longer loop");
        assertThat(edited.tour().details().description()).isNull();
        assertThat(edited.tour().details().tags().isEmpty()).isTrue();
        assertThat(bobsForm.statusCode()).isEqualTo(403);
        assertThat(bobsPost.statusCode()).isEqualTo(403);
        assertThat(reread(loop).tour().details().name()).isEqualTo("Longer loop");
        assertThat(browser.get("/tours/00000000-0000-4000-8000-000000000000/edit", "Cookie", alices)
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/tours/nope/edit", "Cookie", alices).statusCode())
                .isEqualTo(400);
    }

    @Test
    void deletingAsksFirstThenAnswers303ToThePersonsTours() {
        TourView loop = tour(alice, "loop");
        String url = "/tours/" + loop.tour().id();

        HttpResponse<String> confirm = browser.get(url + "/delete", "Cookie", alices);
        HttpResponse<String> bobsConfirm = browser.get(url + "/delete", "Cookie", bobs);
        HttpResponse<String> bobsPost = post(url + "/delete", bobs, "csrf", csrf("/tours", bobs));
        HttpResponse<String> forged = post(url + "/delete", alices);
        String kept = browser.get(url).body();
        HttpResponse<String> deleted = post(url + "/delete", alices, "csrf", Browserless.csrfOf(confirm.body()));

        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Delete the tour?").contains("action=\"" + url + "/delete\"");
        assertThat(bobsConfirm.statusCode()).isEqualTo(403);
        assertThat(bobsPost.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(kept).contains("loop");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/tours?username=alice");
        assertThat(browser.get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheOwnerSeesTheControlsAndTheChooserListsTheirPublishedSequencesNotInTheTour() {
        Sequence inTour = walk(alice, "in", "");
        Sequence other = walk(alice, "other", "");
        Sequence found = walk(alice, "findme", "");
        world.store(TestSequences.aSequence()
                .owner(alice.id())
                .key("draft")
                .name("walk draft")
                .points(GeoPoint.of(13.4, 52.5))
                .buildDraft());
        walk(bob, "bobs", "");
        TourView loop = tour(alice, "loop", inTour);
        String url = "/tours/" + loop.tour().id();

        String own = browser.get(url, "Cookie", alices).body();
        String searched = browser.get(url + "?find=findme", "Cookie", alices).body();
        String bobsView = browser.get(url, "Cookie", bobs).body();

        assertThat(own)
                .contains("href=\"" + url + "/edit\"")
                .contains("href=\"" + url + "/delete\"")
                .contains("data-order-url=\"" + url + "/order\"")
                .contains("id=\"sequence-" + inTour.id() + "\"")
                .contains("value=\"" + other.id() + "\"")
                .contains("value=\"" + found.id() + "\"")
                .doesNotContain("value=\"" + inTour.id() + "\"")
                .doesNotContain("walk draft")
                .doesNotContain("walk bobs")
                .contains("tour-order.js")
                .contains("data-tracks=\"/sequences/" + inTour.id() + ".geojson\"");
        assertThat(searched).contains("value=\"" + found.id() + "\"").doesNotContain("value=\"" + other.id() + "\"");
        assertThat(bobsView)
                .doesNotContain(url + "/edit")
                .doesNotContain("tour-order.js")
                .doesNotContain("Move up");
        assertThat(browser.get(url + "?find=" + "x".repeat(101), "Cookie", alices)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theOwnerAddsAPublishedSequenceFromTheTourPageAndRefusalsAre422NextToTheChooser() {
        Sequence first = walk(alice, "first", "");
        Sequence second = walk(alice, "second", "");
        Sequence bobsWalk = walk(bob, "bobs", "");
        TourView loop = tour(alice, "loop", first);
        String url = "/tours/" + loop.tour().id();
        String csrf = csrf(url, alices);

        HttpResponse<String> added = post(
                url + "/sequences",
                alices,
                "csrf",
                csrf,
                "sequence",
                second.id().toString());
        String after = browser.get(url + "?done=added&sequence=" + second.id(), "Cookie", alices)
                .body();
        HttpResponse<String> again = post(
                url + "/sequences",
                alices,
                "csrf",
                csrf,
                "sequence",
                second.id().toString());
        HttpResponse<String> others = post(
                url + "/sequences",
                alices,
                "csrf",
                csrf,
                "sequence",
                bobsWalk.id().toString());
        HttpResponse<String> garbage = post(url + "/sequences", alices, "csrf", csrf, "sequence", "nope");
        HttpResponse<String> bobsPost = post(
                url + "/sequences",
                bobs,
                "csrf",
                csrf(url, bobs),
                "sequence",
                bobsWalk.id().toString());
        HttpResponse<String> forged =
                post(url + "/sequences", alices, "sequence", second.id().toString());

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location"))
                .contains(url + "?done=added&sequence=" + second.id() + "#sequence-" + second.id());
        assertThat(after).contains("role=\"status\">Added walk second to loop.");
        assertThat(reread(loop).tour().sequences()).containsExactly(first.id(), second.id());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"add-error\" role=\"alert\">This sequence is already in that tour.");
        assertThat(others.statusCode()).isEqualTo(422);
        assertThat(others.body()).contains("Only your own published sequences can be in your tours.");
        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(garbage.body()).contains("Choose one of your published sequences.");
        assertThat(bobsPost.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reread(loop).tour().sequences()).containsExactly(first.id(), second.id());
    }

    @Test
    void moveButtonsReorderAndComeBackToTheMovedRowWithItsButtonFocused() {
        Sequence a = walk(alice, "a", "");
        Sequence b = walk(alice, "b", "");
        Sequence c = walk(alice, "c", "");
        TourView loop = tour(alice, "loop", a, b, c);
        String url = "/tours/" + loop.tour().id();
        String csrf = csrf(url, alices);

        HttpResponse<String> down =
                post(url + "/sequences/" + a.id() + "/move", alices, "csrf", csrf, "direction", "down");
        String page = browser.get(url + "?done=moved-down&sequence=" + a.id(), "Cookie", alices)
                .body();
        HttpResponse<String> up = post(url + "/sequences/" + c.id() + "/move", alices, "csrf", csrf, "direction", "up");
        HttpResponse<String> sideways =
                post(url + "/sequences/" + c.id() + "/move", alices, "csrf", csrf, "direction", "left");
        HttpResponse<String> bobsMove =
                post(url + "/sequences/" + c.id() + "/move", bobs, "csrf", csrf(url, bobs), "direction", "up");
        HttpResponse<String> forged = post(url + "/sequences/" + c.id() + "/move", alices, "direction", "up");

        assertThat(down.statusCode()).isEqualTo(303);
        assertThat(down.headers().firstValue("Location")).contains(url + "?done=moved-down&sequence=" + a.id());
        assertThat(page)
                .contains("Moved walk a to position 2.")
                .containsPattern(
                        "class=\"secondary move-down\" autofocus>Move down<span class=\"visually-hidden\"> walk a");
        assertThat(up.statusCode()).isEqualTo(303);
        assertThat(reread(loop).tour().sequences()).containsExactly(b.id(), c.id(), a.id());
        assertThat(sideways.statusCode()).isEqualTo(400);
        assertThat(bobsMove.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void removingAndTheDragAndDropOrderAnswer303AndAStaleOrderIs422() {
        Sequence a = walk(alice, "a", "");
        Sequence b = walk(alice, "b", "");
        Sequence c = walk(alice, "c", "");
        TourView loop = tour(alice, "loop", a, b, c);
        String url = "/tours/" + loop.tour().id();
        String csrf = csrf(url, alices);

        HttpResponse<String> ordered = post(
                url + "/order",
                alices,
                "csrf",
                csrf,
                "order",
                c.id() + " " + a.id() + " " + b.id(),
                "moved",
                c.id().toString());
        HttpResponse<String> removed = post(url + "/sequences/" + b.id() + "/remove", alices, "csrf", csrf);
        HttpResponse<String> removedAgain = post(url + "/sequences/" + b.id() + "/remove", alices, "csrf", csrf);
        HttpResponse<String> stale =
                post(url + "/order", alices, "csrf", csrf, "order", a.id() + " " + b.id() + " " + c.id());
        HttpResponse<String> bobsOrder =
                post(url + "/order", bobs, "csrf", csrf(url, bobs), "order", a.id() + " " + c.id());
        HttpResponse<String> forged = post(url + "/order", alices, "order", a.id() + " " + c.id());

        assertThat(ordered.statusCode()).isEqualTo(303);
        assertThat(ordered.headers().firstValue("Location"))
                .contains(url + "?done=moved&sequence=" + c.id() + "#sequence-" + c.id());
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith("#tour-order");
        assertThat(reread(loop).tour().sequences()).containsExactly(c.id(), a.id());
        assertThat(removedAgain.statusCode()).isEqualTo(422);
        assertThat(removedAgain.body())
                .contains("id=\"order-error\" role=\"alert\">This sequence is no longer in the tour.");
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body())
                .contains("The tour changed meanwhile")
                .contains("data-tracks=\"/sequences/" + c.id() + ".geojson /sequences/" + a.id() + ".geojson\"");
        assertThat(bobsOrder.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reread(loop).tour().sequences()).containsExactly(c.id(), a.id());
    }

    @Test
    void theOwnerOfAPublishedSequenceAddsItToATourFromItsPage() {
        Sequence walk = walk(alice, "w", "");
        TourView loop = tour(alice, "loop");
        TourView other = tour(alice, "other loop", walk);
        TourView bobsTour = tour(bob, "bob's loop");
        String url = "/sequences/" + walk.id();

        String page = browser.get(url, "Cookie", alices).body();
        String csrf = Browserless.csrfOf(page);
        HttpResponse<String> added = post(
                url + "/add-to-tour",
                alices,
                "csrf",
                csrf,
                "tour",
                loop.tour().id().toString());
        String after = browser.get(url + "?added_to=" + loop.tour().id(), "Cookie", alices)
                .body();
        HttpResponse<String> again = post(
                url + "/add-to-tour",
                alices,
                "csrf",
                csrf,
                "tour",
                loop.tour().id().toString());
        HttpResponse<String> none = post(url + "/add-to-tour", alices, "csrf", csrf);
        HttpResponse<String> bobsTourPost = post(
                url + "/add-to-tour",
                alices,
                "csrf",
                csrf,
                "tour",
                bobsTour.tour().id().toString());
        HttpResponse<String> forged =
                post(url + "/add-to-tour", alices, "tour", loop.tour().id().toString());
        String bobsView = browser.get(url, "Cookie", bobs).body();

        assertThat(page)
                .contains("id=\"add-to-tour\"")
                .contains("<option value=\"" + loop.tour().id() + "\">loop</option>")
                .doesNotContain("<option value=\"" + other.tour().id() + "\"")
                .contains("href=\"/tours/" + other.tour().id() + "\"")
                .contains("href=\"/tours/new\"");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location"))
                .contains(url + "?added_to=" + loop.tour().id() + "#add-to-tour");
        assertThat(after)
                .contains("role=\"status\">Added to the tour <a href=\"/tours/"
                        + loop.tour().id() + "\">loop</a>");
        assertThat(reread(loop).tour().sequences()).containsExactly(walk.id());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("This sequence is already in that tour.");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Choose one of your tours.");
        assertThat(bobsTourPost.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reread(bobsTour).tour().sequences()).isEmpty();
        assertThat(bobsView).doesNotContain("add-to-tour");
    }

    @Test
    void aDraftOffersNoTourAndAnUnknownTourIs404() {
        Sequence draft = world.store(TestSequences.aSequence()
                .owner(alice.id())
                .key("d")
                .name("walk d")
                .points(GeoPoint.of(13.4, 52.5))
                .buildDraft());
        tour(alice, "loop");
        TourId unknown = TourId.parse("id", "00000000-0000-4000-8000-000000000000");
        String csrf = csrf("/tours", alices);

        String page = browser.get("/sequences/" + draft.id(), "Cookie", alices).body();
        HttpResponse<String> addUnknown = post(
                "/tours/" + unknown + "/sequences",
                alices,
                "csrf",
                csrf,
                "sequence",
                SequenceId.parse("id", draft.id().toString()).toString());

        assertThat(page).doesNotContain("add-to-tour");
        assertThat(addUnknown.statusCode()).isEqualTo(404);
    }
}
