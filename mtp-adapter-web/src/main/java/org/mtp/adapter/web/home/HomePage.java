package org.mtp.adapter.web.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.model.geo.BoundingBoxText;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.geo.BoundingBox;

/**
 * Web page {@code /}: a map of published sequences (its data from {@link MapData}) beside the latest ones, paged with
 * the search's cursor. With {@code ?bbox=} the list holds the latest in that area; the map script asks for the list of
 * each new view as an htmx fragment and keeps the address, so panning and zooming update the list. On a fresh database
 * an empty state says how to add a sequence.
 */
public final class HomePage {

    static final int PAGE_SIZE = 20;
    /** The map's view when no area is asked: most of the inhabited world. */
    private static final String WORLD = "-60,-180,75,180";

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
        String after = blankToNull(ctx.queryParam("after"));
        String area = blankToNull(ctx.queryParam("bbox"));
        BoundingBox bbox = area == null ? null : BoundingBoxText.parse(area);
        Page<SequenceSummary> found = latest(bbox, after);
        boolean anyAtAll = bbox == null
                ? !found.items().isEmpty()
                : !latest(null, null).items().isEmpty();
        String here = area == null ? "/?" : "/?bbox=" + Paths.encode(area) + "&";
        HomeModel model = new HomeModel(
                bbox == null ? WORLD : Formats.bounds(bbox),
                Paths.MAP_DATA,
                area,
                found.items().stream().map(SequenceCard::of).toList(),
                found.next().map(c -> here + "after=" + Paths.encode(c)).orElse(null),
                anyAtAll);
        ctx.header("Vary", "HX-Request");
        if ("true".equals(ctx.header("HX-Request"))) {
            pages.send(ctx, 200, pages.templates().partialLatest(model));
        } else {
            pages.send(ctx, 200, pages.templates().home(pages.mapLayout(ctx, Texts.HOME_TITLE), model));
        }
    }

    private Page<SequenceSummary> latest(BoundingBox bbox, String after) {
        return search.search(SearchSequencesUseCase.Query.latestIn(bbox, new PageRequest(PAGE_SIZE, after)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
