package org.mtp.adapter.web.sequence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.tour.AddToTourUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourFailures;
import org.mtp.domain.tour.TourId;

/**
 * The "Add to tour" form of a sequence page: its owner appends it to one of their tours and comes back (303) to the
 * page, which names the tour; a refusal answers 422 with the page and the reason next to the control, someone else's
 * tour the 403 page.
 */
public final class AddToTourAction {

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final AddToTourUseCase add;
    private final SequencePage sequencePage;

    public AddToTourAction(PageWriter pages, SignedIn signedIn, AddToTourUseCase add, SequencePage sequencePage) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.add = add;
        this.sequencePage = sequencePage;
    }

    public void register(RoutesConfig routes) {
        routes.post("/sequences/{id}/add-to-tour", this::add);
    }

    private void add(Context ctx) {
        SequenceId id = SequenceId.parse("id", ctx.pathParam("id"));
        String page = Paths.sequence(id.toString());
        Viewer viewer = signedIn.require(ctx, page);
        if (viewer == null) {
            return;
        }
        String chosen = ctx.formParam("tour");
        TourId tour;
        try {
            tour = TourId.parse("tour", chosen == null ? "" : chosen);
        } catch (ValidationException none) {
            sequencePage.refuseAddToTour(ctx, id, Texts.CHOOSE_A_TOUR);
            return;
        }
        try {
            add.add(viewer.id(), tour, id);
        } catch (TourFailures.AlreadyInTour refused) {
            sequencePage.refuseAddToTour(ctx, id, Texts.ALREADY_IN_TOUR);
            return;
        } catch (TourFailures.NotEligible refused) {
            sequencePage.refuseAddToTour(ctx, id, Texts.NOT_ELIGIBLE);
            return;
        } catch (NotFoundException missing) {
            if (!missing.kind().equals("tour")) {
                throw missing;
            }
            sequencePage.refuseAddToTour(ctx, id, Texts.CHOOSE_A_TOUR);
            return;
        } catch (ValidationException full) {
            sequencePage.refuseAddToTour(ctx, id, Texts.capitalized(full.reason()));
            return;
        }
        pages.seeOther(ctx, page + "?" + SequencePage.ADDED_TO + "=" + Paths.encode(tour.toString()) + "#add-to-tour");
    }
}
