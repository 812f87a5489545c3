package org.mtp.adapter.web.tour;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.web.TourChanges;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.adapter.web.tour.TourOwnerControls.Refusal;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourFailures;
import org.mtp.domain.tour.TourId;

/**
 * The forms that change a tour's list, for its owner: add one of their published sequences, remove one, move one up or
 * down, and the whole new order the drag-and-drop script posts. Success answers 303 to the tour page at the row that
 * changed; a refused change answers 422 with the page and the reason next to its control; anyone else gets 403.
 */
public final class TourOrderActions {

    static final String MOVED_UP = "moved-up";
    static final String MOVED_DOWN = "moved-down";

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final GetTourUseCase tours;
    private final TourChanges changes;
    private final TourPages tourPages;

    public TourOrderActions(
            PageWriter pages, SignedIn signedIn, GetTourUseCase tours, TourChanges changes, TourPages tourPages) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.tours = tours;
        this.changes = changes;
        this.tourPages = tourPages;
    }

    public void register(RoutesConfig routes) {
        routes.post(Paths.TOURS + "/{id}/sequences", this::add);
        routes.post(Paths.TOURS + "/{id}/sequences/{sequence}/remove", this::remove);
        routes.post(Paths.TOURS + "/{id}/sequences/{sequence}/move", this::move);
        routes.post(Paths.TOURS + "/{id}/order", this::order);
    }

    private void add(Context ctx) {
        Owned owned = owned(ctx);
        if (owned == null) {
            return;
        }
        SequenceId sequence;
        try {
            sequence = SequenceId.parse("sequence", required(ctx, "sequence"));
        } catch (ValidationException refused) {
            refuse(ctx, owned, Refusal.atAdd(Texts.CHOOSE_A_SEQUENCE));
            return;
        }
        try {
            changes.add().add(owned.viewer().id(), owned.id(), sequence);
        } catch (TourFailures.AlreadyInTour refused) {
            refuse(ctx, owned, Refusal.atAdd(Texts.ALREADY_IN_TOUR));
            return;
        } catch (TourFailures.NotEligible | NotFoundException refused) {
            // someone else's draft is as unknown as a missing one; either way not one of the owner's published ones
            refuse(ctx, owned, Refusal.atAdd(Texts.NOT_ELIGIBLE));
            return;
        } catch (ValidationException full) {
            refuse(ctx, owned, Refusal.atAdd(Texts.capitalized(full.reason())));
            return;
        }
        pages.seeOther(ctx, Paths.tourAfter(owned.id().toString(), "added", sequence.toString()));
    }

    private void remove(Context ctx) {
        Owned owned = owned(ctx);
        if (owned == null) {
            return;
        }
        SequenceId sequence = SequenceId.parse("sequence", ctx.pathParam("sequence"));
        try {
            changes.remove().remove(owned.viewer().id(), owned.id(), sequence);
        } catch (TourFailures.NotInTour refused) {
            refuse(ctx, owned, Refusal.atOrder(Texts.NOT_IN_TOUR));
            return;
        }
        pages.seeOther(ctx, Paths.tourAfter(owned.id().toString(), "removed", sequence.toString()));
    }

    private void move(Context ctx) {
        Owned owned = owned(ctx);
        if (owned == null) {
            return;
        }
        SequenceId sequence = SequenceId.parse("sequence", ctx.pathParam("sequence"));
        String direction = ctx.formParam("direction");
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new ValidationException("direction", "must be up or down");
        }
        List<SequenceId> order = new ArrayList<>(owned.view().tour().sequences());
        int from = order.indexOf(sequence);
        if (from < 0) {
            refuse(ctx, owned, Refusal.atOrder(Texts.NOT_IN_TOUR));
            return;
        }
        int to = "up".equals(direction) ? Math.max(0, from - 1) : Math.min(order.size() - 1, from + 1);
        order.add(to, order.remove(from));
        reorder(ctx, owned, order, sequence, "up".equals(direction) ? MOVED_UP : MOVED_DOWN);
    }

    private void order(Context ctx) {
        Owned owned = owned(ctx);
        if (owned == null) {
            return;
        }
        List<SequenceId> order = new ArrayList<>();
        for (String id : required(ctx, "order").trim().split("\\s+")) {
            order.add(SequenceId.parse("order", id));
        }
        String moved = ctx.formParam("moved");
        SequenceId changed = moved == null || moved.isBlank() ? order.get(0) : SequenceId.parse("moved", moved);
        reorder(ctx, owned, order, changed, "moved");
    }

    private void reorder(Context ctx, Owned owned, List<SequenceId> order, SequenceId changed, String done) {
        try {
            changes.reorder().reorder(owned.viewer().id(), owned.id(), order);
        } catch (TourFailures.NotAPermutation stale) {
            // the list changed since the page was read (another tab); show the order as it is now
            refuse(ctx, owned, Refusal.atOrder(Texts.ORDER_CHANGED));
            return;
        }
        pages.seeOther(ctx, Paths.tourAfter(owned.id().toString(), done, changed.toString()));
    }

    /** The tour and its owner, after the form token was checked; null after a redirect to sign in. */
    private Owned owned(Context ctx) {
        TourId id = TourId.parse("id", ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, Paths.tour(id.toString()));
        if (viewer == null) {
            return null;
        }
        TourView view = tours.get(id);
        view.tour().requireOwner(viewer.id());
        return new Owned(id, viewer, view);
    }

    /** The page as read before the refused change, which left the tour as it was. */
    private void refuse(Context ctx, Owned owned, Refusal refusal) {
        tourPages.render(ctx, 422, owned.view(), refusal);
    }

    private static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, Texts.REQUIRED);
        }
        return value;
    }

    /** A tour its viewer owns, as read before the change. */
    private record Owned(TourId id, Viewer viewer, TourView view) {}
}
