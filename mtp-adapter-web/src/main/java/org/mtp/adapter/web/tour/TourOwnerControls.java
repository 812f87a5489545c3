package org.mtp.adapter.web.tour;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.SequenceId;

/**
 * Builds what a tour's owner sees on its page: the order list with its forms, the notice of the last change (from the
 * address the change answered 303 to) and the chooser of the owner's published sequences not in the tour, found by name
 * ({@code ?find=}) and paged ({@code ?after=}).
 */
final class TourOwnerControls {

    static final int CHOOSER_PAGE = 20;
    static final String FIND = "find";

    /** A refused change: at which control ({@code add} or {@code order}) and why. */
    record Refusal(String control, String message) {

        static Refusal atAdd(String message) {
            return new Refusal("add", message);
        }

        static Refusal atOrder(String message) {
            return new Refusal("order", message);
        }
    }

    private final PageWriter pages;
    private final SearchSequencesUseCase search;

    TourOwnerControls(PageWriter pages, SearchSequencesUseCase search) {
        this.pages = pages;
        this.search = search;
    }

    TourOwnerModel model(Context ctx, TourView view, Refusal refusal) {
        String id = view.tour().id().toString();
        String url = Paths.tour(id);
        String done = ctx.queryParam("done");
        String changed = ctx.queryParam("sequence");
        List<SequenceSummary> sequences = view.sequences();
        List<TourOwnerModel.Row> rows = new ArrayList<>();
        String notice = "removed".equals(done) ? Texts.REMOVED_FROM_TOUR : null;
        for (int i = 0; i < sequences.size(); i++) {
            SequenceSummary s = sequences.get(i);
            String sid = s.id().toString();
            boolean first = i == 0;
            boolean last = i == sequences.size() - 1;
            boolean isChanged = sid.equals(changed);
            if (isChanged && "added".equals(done)) {
                notice = Texts.addedToTour(
                        s.details().name(), view.tour().details().name());
            } else if (isChanged && done != null && done.startsWith("moved")) {
                notice = Texts.movedTo(s.details().name(), i + 1);
            }
            rows.add(new TourOwnerModel.Row(
                    sid,
                    "sequence-" + sid,
                    s.details().name(),
                    Paths.sequence(sid),
                    figures(s),
                    url + "/sequences/" + Paths.encode(sid) + "/move",
                    url + "/sequences/" + Paths.encode(sid) + "/remove",
                    first,
                    last,
                    isChanged ? focus(done, first, last) : null));
        }
        String find = blankToNull(ctx.queryParam(FIND));
        String after = blankToNull(ctx.queryParam("after"));
        Page<SequenceSummary> found = candidates(view, find, after);
        Set<SequenceId> inTour = Set.copyOf(view.tour().sequences());
        String findQuery = find == null ? "" : FIND + "=" + Paths.encode(find);
        return new TourOwnerModel(
                pages.csrf().token(ctx),
                Paths.tourEdit(id),
                Paths.tourDelete(id),
                url + "/order",
                rows,
                notice,
                refusal != null && refusal.control().equals("order") ? refusal.message() : null,
                url + "#add-sequences",
                find == null ? "" : find,
                url + "/sequences",
                found.items().stream()
                        .filter(s -> !inTour.contains(s.id()))
                        .map(s -> new TourOwnerModel.Candidate(
                                s.id().toString(), s.details().name(), figures(s)))
                        .toList(),
                refusal != null && refusal.control().equals("add") ? refusal.message() : null,
                after == null ? null : url + (findQuery.isEmpty() ? "" : "?" + findQuery) + "#add-sequences",
                found.next()
                        .map(c -> url + "?" + (findQuery.isEmpty() ? "" : findQuery + "&") + "after=" + Paths.encode(c)
                                + "#add-sequences")
                        .orElse(null));
    }

    /** The owner's published sequences, newest first, whose names contain {@code find}. */
    private Page<SequenceSummary> candidates(TourView view, String find, String after) {
        try {
            return search.search(SearchSequencesUseCase.Query.latestBy(
                    view.ownerName(), find, new PageRequest(CHOOSER_PAGE, after)));
        } catch (ValidationException refused) {
            // the query names the field after the API's parameter; this page's field is "find" (or the cursor)
            throw new ValidationException(refused.field().equals("name") ? FIND : "after", refused.reason());
        }
    }

    /** After a move with a button, the same button keeps the focus, or the other one at the end of the list. */
    private static String focus(String done, boolean first, boolean last) {
        if ("moved-up".equals(done)) {
            return first ? (last ? null : "down") : "up";
        }
        if ("moved-down".equals(done)) {
            return last ? (first ? null : "up") : "down";
        }
        return null;
    }

    private static String figures(SequenceSummary s) {
        return Texts.photoCount(s.photoCount()) + " · " + Formats.km(s.distance());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
