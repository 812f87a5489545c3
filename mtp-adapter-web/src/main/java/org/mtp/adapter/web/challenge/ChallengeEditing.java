package org.mtp.adapter.web.challenge;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.page.TransportChoices.Option;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.DeleteChallengeUseCase;
import org.mtp.application.port.in.challenge.EditChallengeUseCase;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.common.ValidationException;

/**
 * Web pages that make and change challenges, for signed-in people: {@code /challenges/new} (the area drawn on a map or
 * pasted as GeoJSON), {@code /challenges/{id}/edit} and {@code /challenges/{id}/delete} (a confirmation, then the
 * post), the last two for the owner only (anyone else gets 403). A refused form comes back as 422 with what was typed
 * and each error next to its field; a saved one answers 303 to the page to see next.
 */
public final class ChallengeEditing {

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final GetChallengeUseCase challenges;
    private final CreateChallengeUseCase create;
    private final EditChallengeUseCase edit;
    private final DeleteChallengeUseCase delete;

    public ChallengeEditing(
            PageWriter pages,
            SignedIn signedIn,
            GetChallengeUseCase challenges,
            CreateChallengeUseCase create,
            EditChallengeUseCase edit,
            DeleteChallengeUseCase delete) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.challenges = challenges;
        this.create = create;
        this.edit = edit;
        this.delete = delete;
    }

    /** Registered before {@code /challenges/{id}}, so that "new" is never read as an id. */
    public void register(RoutesConfig routes) {
        routes.get(Paths.CHALLENGE_NEW, this::newForm);
        routes.post(Paths.CHALLENGE_NEW, this::create);
        routes.get(Paths.CHALLENGES + "/{id}/edit", this::editForm);
        routes.post(Paths.CHALLENGES + "/{id}/edit", this::save);
        routes.get(Paths.CHALLENGES + "/{id}/delete", this::confirmDelete);
        routes.post(Paths.CHALLENGES + "/{id}/delete", this::delete);
    }

    private void newForm(Context ctx) {
        if (signedIn.require(ctx, Paths.CHALLENGE_NEW) != null) {
            renderNew(ctx, 200, ChallengeForm.fresh());
        }
    }

    private void create(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.CHALLENGE_NEW);
        if (viewer == null) {
            return;
        }
        ChallengeForm form = ChallengeForm.posted(ctx);
        if (form.valid()) {
            try {
                ChallengeView created = create.create(new CreateChallengeUseCase.Command(
                        viewer.id(),
                        form.name(),
                        form.description(),
                        form.area(),
                        form.window(),
                        form.types(),
                        form.makes(),
                        form.metric()));
                pages.seeOther(ctx, Paths.challenge(created.challenge().id().toString()));
                return;
            } catch (ValidationException refused) {
                form.refused(refused);
            }
        }
        renderNew(ctx, 422, form);
    }

    private void editForm(Context ctx) {
        Owned owned = owned(ctx, Paths::challengeEdit);
        if (owned != null) {
            renderEdit(ctx, 200, owned.challenge(), ChallengeForm.of(owned.challenge()));
        }
    }

    private void save(Context ctx) {
        Owned owned = owned(ctx, Paths::challengeEdit);
        if (owned == null) {
            return;
        }
        Challenge challenge = owned.challenge();
        ChallengeForm form = ChallengeForm.posted(ctx);
        if (form.valid()) {
            try {
                edit.edit(new EditChallengeUseCase.Command(
                        owned.viewer().id(), challenge.id(), form.changesTo(challenge)));
                pages.seeOther(ctx, Paths.challenge(challenge.id().toString()));
                return;
            } catch (ValidationException refused) {
                form.refused(refused);
            }
        }
        renderEdit(ctx, 422, challenge, form);
    }

    private void confirmDelete(Context ctx) {
        Owned owned = owned(ctx, Paths::challengeDelete);
        if (owned != null) {
            String id = owned.challenge().id().toString();
            ChallengeDeleteModel model = new ChallengeDeleteModel(
                    owned.challenge().name(),
                    Paths.challengeDelete(id),
                    pages.csrf().token(ctx),
                    Paths.challenge(id));
            String title = Texts.deleteChallengeTitle(owned.challenge().name());
            pages.send(ctx, 200, pages.templates().challengeDelete(pages.layout(ctx, title), model));
        }
    }

    private void delete(Context ctx) {
        Owned owned = owned(ctx, Paths::challengeDelete);
        if (owned != null) {
            delete.delete(owned.viewer().id(), owned.challenge().id());
            pages.seeOther(ctx, Paths.CHALLENGES);
        }
    }

    /** A signed-in viewer and a challenge of theirs; null after a redirect to sign in; 403 for someone else's. */
    private record Owned(Viewer viewer, Challenge challenge) {}

    private Owned owned(Context ctx, Function<String, String> path) {
        ChallengeId id = ChallengeId.parse("id", ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, path.apply(id.toString()));
        if (viewer == null) {
            return null;
        }
        Challenge challenge = challenges.get(id).challenge();
        challenge.requireOwner(viewer.id());
        return new Owned(viewer, challenge);
    }

    private void renderNew(Context ctx, int status, ChallengeForm form) {
        ChallengeFormModel model =
                model(ctx, Texts.NEW_CHALLENGE, Paths.CHALLENGE_NEW, Texts.CREATE_CHALLENGE, Paths.CHALLENGES, form);
        pages.send(ctx, status, pages.templates().challengeForm(pages.mapLayout(ctx, Texts.NEW_CHALLENGE), model));
    }

    private void renderEdit(Context ctx, int status, Challenge challenge, ChallengeForm form) {
        String id = challenge.id().toString();
        String title = Texts.editChallengeTitle(challenge.name());
        ChallengeFormModel model =
                model(ctx, title, Paths.challengeEdit(id), Texts.SAVE_CHALLENGE, Paths.challenge(id), form);
        pages.send(ctx, status, pages.templates().challengeForm(pages.mapLayout(ctx, title), model));
    }

    private ChallengeFormModel model(
            Context ctx, String heading, String action, String submit, String back, ChallengeForm form) {
        FormModel typed = form.model(pages.csrf().token(ctx));
        String metric = typed.value(ChallengeForm.METRIC);
        List<Option> metrics = List.of(
                new Option("photos", Texts.PHOTOS, "photos".equals(metric)),
                new Option("distance", Texts.DISTANCE, "distance".equals(metric)));
        return new ChallengeFormModel(
                heading, action, submit, back, typed, TransportChoices.ofAll(form.types()), metrics);
    }
}
