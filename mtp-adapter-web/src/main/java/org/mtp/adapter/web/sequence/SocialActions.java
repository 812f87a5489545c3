package org.mtp.adapter.web.sequence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.social.LikeUseCase;
import org.mtp.application.port.in.social.ViewpointUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;

/**
 * The like and viewpoint forms of a sequence page, and the like form of a tour page. A plain form post answers 303 back
 * to the page; an htmx post ({@code HX-Request}) answers the control it replaces. Both need a signed-in person and the
 * form token.
 */
public final class SocialActions {

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final LikeUseCase likes;
    private final ViewpointUseCase viewpoints;

    public SocialActions(PageWriter pages, SignedIn signedIn, LikeUseCase likes, ViewpointUseCase viewpoints) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.likes = likes;
        this.viewpoints = viewpoints;
    }

    public void register(RoutesConfig routes) {
        routes.post("/sequences/{id}/like", this::like);
        routes.post("/sequences/{id}/photos/{key}/viewpoint", this::viewpoint);
        routes.post(Paths.TOURS + "/{id}/like", this::likeTour);
    }

    private void like(Context ctx) {
        SequenceId id = SequenceId.parse("id", ctx.pathParam("id"));
        like(ctx, Paths.sequence(id.toString()), LikeTarget.sequence(id));
    }

    private void likeTour(Context ctx) {
        TourId id = TourId.parse("id", ctx.pathParam("id"));
        like(ctx, Paths.tour(id.toString()), LikeTarget.tour(id));
    }

    private void like(Context ctx, String page, LikeTarget target) {
        Viewer viewer = signedIn.require(ctx, page);
        if (viewer == null) {
            return;
        }
        boolean like = action(ctx, "like", "unlike");
        long count = like ? likes.like(viewer.id(), target) : likes.unlike(viewer.id(), target);
        if (isHtmx(ctx)) {
            LikeModel model =
                    new LikeModel(page + "/like", pages.csrf().token(ctx), true, like, Texts.likeCount(count));
            pages.send(ctx, 200, pages.templates().partialLike(model));
        } else {
            pages.seeOther(ctx, page);
        }
    }

    private void viewpoint(Context ctx) {
        SequenceId id = SequenceId.parse("id", ctx.pathParam("id"));
        ImageKey key = ImageKey.of(ctx.pathParam("key"));
        String page = Paths.sequence(id.toString());
        Viewer viewer = signedIn.require(ctx, page);
        if (viewer == null) {
            return;
        }
        boolean mark = action(ctx, "mark", "unmark");
        long count = mark ? viewpoints.mark(viewer.id(), id, key) : viewpoints.unmark(viewer.id(), id, key);
        if (isHtmx(ctx)) {
            ViewpointModel model = SocialControls.viewpoint(page, pages.csrf().token(ctx), true, key.value(), count);
            pages.send(ctx, 200, pages.templates().partialViewpoint(model));
        } else {
            pages.seeOther(
                    ctx,
                    page + "#"
                            + SocialControls.viewpoint(page, null, false, key.value(), 0)
                                    .elementId());
        }
    }

    /** True for the first of the two values of the form's {@code action} field, false for the second. */
    private static boolean action(Context ctx, String yes, String no) {
        String action = ctx.formParam("action");
        if (yes.equals(action)) {
            return true;
        }
        if (no.equals(action)) {
            return false;
        }
        throw new ValidationException("action", "must be " + yes + " or " + no);
    }

    private static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
