package org.mtp.adapter.web.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;

/**
 * Web page {@code /}: the latest published sequences, paged with the search's cursor; an empty state says how to add
 * one.
 */
public final class HomePage {

    static final int PAGE_SIZE = 20;

    private final PageWriter pages;
    private final SearchSequencesUseCase search;

    public HomePage(PageWriter pages, SearchSequencesUseCase search) {
        this.pages = pages;
        this.search = search;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.HOME, this::show);
    }

    private void show(Context ctx) {
        String after = ctx.queryParam("after");
        Page<SequenceSummary> found = search.search(new SearchSequencesUseCase.Query(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                SequenceSort.LATEST,
                new PageRequest(PAGE_SIZE, after == null || after.isEmpty() ? null : after)));
        HomeModel model = new HomeModel(
                found.items().stream().map(SequenceCard::of).toList(),
                found.next().map(c -> "/?after=" + Paths.encode(c)).orElse(null));
        pages.send(ctx, 200, pages.templates().home(pages.layout(ctx, Texts.HOME_TITLE), model));
    }
}
