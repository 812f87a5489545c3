package org.mtp.adapter.web.importing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.AttachStoredMapillaryUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;

/**
 * Web page {@code /sequences/drafts/{id}/finish}: the draft's owner picks its Mapillary sequence with the import's
 * picker, and it is attached with the stored Mapillary connection, ending on the sequence's page. Someone else's draft
 * is not found; a sequence already published goes to its page.
 */
public final class DraftFinishPage {

    static final String KEY = "mapillary_sequence_key";

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final GetSequenceUseCase sequences;
    private final AttachStoredMapillaryUseCase attach;
    private final ImportPicker picker;
    private final Clock clock;

    DraftFinishPage(
            PageWriter pages,
            SignedIn signedIn,
            GetSequenceUseCase sequences,
            AttachStoredMapillaryUseCase attach,
            ImportPicker picker,
            Clock clock) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.sequences = sequences;
        this.attach = attach;
        this.picker = picker;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/sequences/drafts/{id}/finish", this::show);
        routes.post("/sequences/drafts/{id}/finish", this::finish);
    }

    private void show(Context ctx) {
        Viewer viewer = signedIn.require(ctx, ctx.path() + query(ctx));
        if (viewer == null) {
            return;
        }
        Sequence draft = ownDraftOrAnswer(ctx, viewer);
        if (draft != null) {
            String self = Paths.finishDraft(draft.id().value().toString());
            picker.show(ctx, viewer, 200, self, true, key -> self, null);
        }
    }

    private void finish(Context ctx) {
        Viewer viewer = signedIn.require(ctx, ctx.path());
        if (viewer == null) {
            return;
        }
        Sequence draft = ownDraftOrAnswer(ctx, viewer);
        if (draft == null) {
            return;
        }
        MapillarySequenceKey key = MapillarySequenceKey.of(ctx.formParam(KEY) == null ? "" : ctx.formParam(KEY));
        String self = Paths.finishDraft(draft.id().value().toString());
        try {
            attach.attachStored(new AttachStoredMapillaryUseCase.Command(viewer.id(), draft.id(), key));
            pages.seeOther(ctx, Paths.sequence(draft.id().value().toString()));
        } catch (RuntimeException failure) {
            MapillaryTrouble trouble =
                    MapillaryTrouble.of(failure, clock.instant()).orElseThrow(() -> failure);
            picker.show(ctx, viewer, 422, self, true, k -> self, trouble.message());
        }
    }

    /** The viewer's own draft; null after sending a published sequence's owner to its page. */
    private Sequence ownDraftOrAnswer(Context ctx, Viewer viewer) {
        SequenceId id;
        try {
            id = SequenceId.parse("id", ctx.pathParam("id"));
        } catch (ValidationException unknown) {
            throw new NotFoundException("sequence", ctx.pathParam("id"));
        }
        Sequence sequence = sequences.get(viewer.id(), id).sequence();
        if (!sequence.owner().equals(viewer.id())) {
            throw new NotFoundException("sequence", id.value());
        }
        if (sequence.isPublished()) {
            pages.seeOther(ctx, Paths.sequence(id.value().toString()));
            return null;
        }
        return sequence;
    }

    private static String query(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }
}
