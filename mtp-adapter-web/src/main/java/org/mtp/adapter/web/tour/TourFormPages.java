package org.mtp.adapter.web.tour;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.mtp.adapter.web.TourChanges;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.TagSuggestions;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;

/**
 * Web pages {@code /tours/new}, {@code /tours/{id}/edit} and {@code /tours/{id}/delete} (a confirmation, then the
 * post): a signed-in person creates a tour, its owner edits or deletes it. Success answers 303 (to the tour, or after a
 * deletion to the person's tours); a refused field answers 422 with the form again; anyone else gets the 403 page.
 */
public final class TourFormPages {

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final GetTourUseCase tours;
    private final TourChanges changes;
    private final TagSuggestions suggestions;

    public TourFormPages(
            PageWriter pages,
            SignedIn signedIn,
            GetTourUseCase tours,
            TourChanges changes,
            SearchSequencesUseCase search) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.tours = tours;
        this.changes = changes;
        this.suggestions = new TagSuggestions(search);
    }

    /** Registers {@code /tours/new} too, so it must come before {@code /tours/{id}}. */
    public void register(RoutesConfig routes) {
        routes.get(Paths.NEW_TOUR, this::newForm);
        routes.post(Paths.NEW_TOUR, this::create);
        routes.get(Paths.TOURS + "/{id}/edit", this::editForm);
        routes.post(Paths.TOURS + "/{id}/edit", this::edit);
        routes.get(Paths.TOURS + "/{id}/delete", this::confirmDelete);
        routes.post(Paths.TOURS + "/{id}/delete", this::delete);
    }

    private void newForm(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.NEW_TOUR);
        if (viewer != null) {
            List<String> tags = suggestions.usedBy(viewer.username());
            render(ctx, 200, creating(), TourForm.blank(), tags);
        }
    }

    private void create(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.NEW_TOUR);
        if (viewer == null) {
            return;
        }
        TourForm form = TourForm.posted(ctx);
        if (form.refused()) {
            render(ctx, 422, creating(), form, suggestions.usedBy(viewer.username()));
            return;
        }
        TourView created = changes.create().create(new CreateTourUseCase.Command(viewer.id(), form.details(), null));
        pages.seeOther(ctx, Paths.tour(created.tour().id().toString()));
    }

    private void editForm(Context ctx) {
        TourId id = TourId.parse("id", ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, Paths.tourEdit(id.toString()));
        if (viewer != null) {
            Tour tour = owned(id, viewer);
            List<String> tags = suggestions.usedBy(viewer.username());
            render(ctx, 200, editing(tour), TourForm.showing(tour.details(), tags), tags);
        }
    }

    private void edit(Context ctx) {
        TourId id = TourId.parse("id", ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, Paths.tourEdit(id.toString()));
        if (viewer == null) {
            return;
        }
        Tour tour = owned(id, viewer);
        TourForm form = TourForm.posted(ctx);
        if (form.refused()) {
            render(ctx, 422, editing(tour), form, suggestions.usedBy(viewer.username()));
            return;
        }
        TourDetails details = form.details();
        changes.edit()
                .edit(new EditTourUseCase.Command(
                        viewer.id(),
                        id,
                        Change.set(details.name()),
                        Change.set(details.description()),
                        Change.set(details.tags())));
        pages.seeOther(ctx, Paths.tour(id.toString()));
    }

    private void confirmDelete(Context ctx) {
        TourId id = TourId.parse("id", ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, Paths.tourDelete(id.toString()));
        if (viewer != null) {
            Tour tour = owned(id, viewer);
            TourDeleteModel model = new TourDeleteModel(
                    tour.details().name(),
                    Paths.tourDelete(id.toString()),
                    Paths.tour(id.toString()),
                    pages.csrf().token(ctx));
            pages.send(ctx, 200, pages.templates().tourDelete(pages.layout(ctx, Texts.DELETE_TOUR_TITLE), model));
        }
    }

    private void delete(Context ctx) {
        TourId id = TourId.parse("id", ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, Paths.tourDelete(id.toString()));
        if (viewer != null) {
            changes.delete().delete(viewer.id(), id);
            pages.seeOther(ctx, Paths.toursOf(viewer.username().value()));
        }
    }

    /** The tour, when the viewer owns it; someone else's answers the 403 page, an unknown one the 404 page. */
    private Tour owned(TourId id, Viewer viewer) {
        Tour tour = tours.get(id).tour();
        tour.requireOwner(viewer.id());
        return tour;
    }

    private static Target creating() {
        return new Target(Texts.NEW_TOUR_TITLE, Paths.NEW_TOUR, Texts.CREATE_TOUR, Paths.TOURS);
    }

    private static Target editing(Tour tour) {
        String url = Paths.tour(tour.id().toString());
        return new Target(Texts.EDIT_TOUR_TITLE, Paths.tourEdit(tour.id().toString()), Texts.SAVE_TOUR, url);
    }

    private void render(Context ctx, int status, Target target, TourForm form, List<String> tags) {
        TourFormModel model = new TourFormModel(
                target.title(),
                target.action(),
                target.submit(),
                form.model(pages.csrf().token(ctx)),
                form.choices(tags),
                target.cancelUrl());
        pages.send(ctx, status, pages.templates().tourForm(pages.layout(ctx, target.title()), model));
    }

    /** What distinguishes the create form from the edit form. */
    private record Target(String title, String action, String submit, String cancelUrl) {}
}
