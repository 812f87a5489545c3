package org.mtp.adapter.web.manage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.sequence.DeleteSequenceUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.sequence.Sequence;

/**
 * Web page {@code /sequences/{id}/delete}: the owner confirms, then the form's POST deletes the sequence or draft
 * ({@link DeleteSequenceUseCase}) and answers 303 to their profile (a draft: to their drafts) with a notice. Others get
 * the 403 page, someone else's draft is not found.
 */
public final class DeleteSequencePage {

    /** The value of {@code ?done=} that makes the next page say what was deleted. */
    public static final String DELETED = "deleted";

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final OwnSequences own;
    private final DeleteSequenceUseCase delete;

    public DeleteSequencePage(
            PageWriter pages, SignedIn signedIn, GetSequenceUseCase sequences, DeleteSequenceUseCase delete) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.own = new OwnSequences(sequences);
        this.delete = delete;
    }

    public void register(RoutesConfig routes) {
        routes.get("/sequences/{id}/delete", this::confirm);
        routes.post("/sequences/{id}/delete", this::delete);
    }

    private void confirm(Context ctx) {
        Viewer viewer = signedIn.require(ctx, ctx.path());
        if (viewer == null) {
            return;
        }
        Sequence s = own.owned(viewer, ctx.pathParam("id")).sequence();
        String id = s.id().toString();
        DeleteModel model = new DeleteModel(
                s.details().name(),
                s.isPublished() ? Texts.DELETE_WARNING : Texts.DELETE_DRAFT_WARNING,
                Paths.deleteSequence(id),
                s.isPublished() ? Paths.sequence(id) : Paths.DRAFTS,
                pages.csrf().token(ctx));
        pages.send(
                ctx,
                200,
                pages.templates()
                        .delete(pages.layout(ctx, Texts.deleteTitle(s.details().name())), model));
    }

    private void delete(Context ctx) {
        Viewer viewer = signedIn.require(ctx, ctx.path());
        if (viewer == null) {
            return;
        }
        SequenceView view = own.owned(viewer, ctx.pathParam("id"));
        Sequence s = view.sequence();
        delete.delete(viewer.id(), s.id());
        String next = s.isPublished() ? Paths.user(viewer.username().value()) : Paths.DRAFTS;
        pages.seeOther(ctx, next + "?done=" + DELETED);
    }
}
