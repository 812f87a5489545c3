package org.mtp.adapter.web.manage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;

/**
 * Web page {@code /sequences/drafts}: the signed-in person's drafts from the desktop uploader (latest first, paged with
 * the search's cursor in {@code ?after=}), each with what it still lacks, a link to finish it and one to delete it
 * after a confirmation.
 */
public final class DraftsPage {

    static final int PAGE_SIZE = 20;

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final SearchSequencesUseCase search;

    public DraftsPage(PageWriter pages, SignedIn signedIn, SearchSequencesUseCase search) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.search = search;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.DRAFTS, this::show);
    }

    private void show(Context ctx) {
        String after = ctx.queryParam("after");
        after = after == null || after.isEmpty() ? null : after;
        Viewer viewer =
                signedIn.require(ctx, after == null ? Paths.DRAFTS : Paths.DRAFTS + "?after=" + Paths.encode(after));
        if (viewer == null) {
            return;
        }
        Page<SequenceSummary> found =
                search.search(SearchSequencesUseCase.Query.draftsOf(viewer.id(), new PageRequest(PAGE_SIZE, after)));
        DraftsModel model = new DraftsModel(
                found.items().stream().map(DraftsPage::row).toList(),
                DeleteSequencePage.DELETED.equals(ctx.queryParam("done")) ? Texts.DRAFT_DELETED : null,
                after == null ? null : Paths.DRAFTS,
                found.next()
                        .map(c -> Paths.DRAFTS + "?after=" + Paths.encode(c))
                        .orElse(null));
        pages.send(ctx, 200, pages.templates().drafts(pages.layout(ctx, Texts.DRAFTS_TITLE), model));
    }

    private static DraftsModel.Row row(SequenceSummary draft) {
        String id = draft.id().toString();
        return new DraftsModel.Row(
                draft.details().name(),
                Paths.sequence(id),
                Formats.utc(draft.draftedAt()),
                Formats.iso(draft.draftedAt()),
                String.join(", ", missing(draft)),
                Paths.finishDraft(id),
                Paths.deleteSequence(id));
    }

    /** What a draft still lacks: always its Mapillary sequence, and the optional details left empty. */
    static List<String> missing(SequenceSummary draft) {
        List<String> missing = new ArrayList<>();
        missing.add(Texts.MISSING_PHOTOS);
        if (draft.details().description() == null) {
            missing.add(Texts.MISSING_DESCRIPTION);
        }
        if (draft.details().tags().isEmpty()) {
            missing.add(Texts.MISSING_TAGS);
        }
        return missing;
    }
}
