package org.mtp.adapter.web.tour;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtp.adapter.web.page.FilterForm;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.sequence.LikeModel;
import org.mtp.adapter.web.sequence.SequenceDownloads;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.social.LikeStatusUseCase;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.Username;

/**
 * Web pages {@code /tours} (newest first, filtered with the API's {@code ?username=}, {@code ?name=} (contains) and
 * {@code ?tags=} (every one), paged with the list's cursor in {@code ?after=}, so the address is the shareable search)
 * and {@code /tours/{id}} (all its tracks on one map in tour order, its totals, the like control and its sequences in
 * order). A refused filter answers 400 with the form again. The owner's view of a tour adds the controls that change it
 * ({@link TourOwnerControls}).
 */
public final class TourPages {

    static final int PAGE_SIZE = 20;

    private final PageWriter pages;
    private final ListToursUseCase list;
    private final GetTourUseCase tours;
    private final LikeStatusUseCase likeStatus;
    private final TourOwnerControls ownerControls;

    public TourPages(
            PageWriter pages,
            ListToursUseCase list,
            GetTourUseCase tours,
            LikeStatusUseCase likeStatus,
            SearchSequencesUseCase search) {
        this.pages = pages;
        this.list = list;
        this.tours = tours;
        this.likeStatus = likeStatus;
        this.ownerControls = new TourOwnerControls(pages, search);
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.TOURS, this::list);
        routes.get(Paths.TOURS + "/{id}", this::show);
    }

    private void list(Context ctx) {
        FilterForm form = new FilterForm(ctx, List.of("username", "name", "tags"));
        Username user = form.parse("username", Texts.USERNAME_LABEL, Username::of);
        String name = form.parse("name", Texts.NAME_LABEL, text -> Text.require("name", text, 1, Limits.NAME_MAX));
        Tags tags = form.parse("tags", Texts.TAGS, text -> Tags.of(List.of(text)));
        String heading = user == null ? Texts.TOURS_TITLE : Texts.toursBy(user.value());
        if (form.hasErrors()) {
            ToursModel refused = new ToursModel(Texts.TOURS_TITLE, form.model(), List.of(), null, null);
            pages.send(ctx, 400, pages.templates().tours(pages.layout(ctx, Texts.TOURS_TITLE), refused));
            return;
        }
        String after = form.text("after");
        Page<TourView> found =
                list.list(new ListToursUseCase.Query(user, name, tags, new PageRequest(PAGE_SIZE, after)));
        ToursModel model = new ToursModel(
                heading,
                form.model(),
                found.items().stream().map(TourCard::of).toList(),
                after == null ? null : Paths.TOURS + form.query(),
                found.next().map(c -> Paths.TOURS + form.query("after", c)).orElse(null));
        pages.send(ctx, 200, pages.templates().tours(pages.layout(ctx, heading), model));
    }

    private void show(Context ctx) {
        render(ctx, 200, tours.get(TourId.parse("id", ctx.pathParam("id"))), null);
    }

    /**
     * Sends a tour's page with {@code status}; {@code refusal}, when not null, is a change its owner made that was
     * refused, shown next to the control it came from.
     */
    void render(Context ctx, int status, TourView view, TourOwnerControls.Refusal refusal) {
        Tour tour = view.tour();
        String url = Paths.tour(tour.id().toString());
        Optional<Viewer> viewer = pages.viewer(ctx);
        boolean mayLike =
                viewer.isPresent() && !tour.owner().equals(viewer.get().id());
        String csrf = mayLike ? pages.csrf().token(ctx) : null;
        boolean liked = mayLike && likeStatus.likes(viewer.get().id(), LikeTarget.tour(tour.id()));
        List<SequenceSummary> sequences = view.sequences();
        String owner = view.ownerName().value();
        TourModel model = new TourModel(
                tour.details().name(),
                tour.details().description(),
                owner,
                Paths.user(owner),
                tour.details().tags().names(),
                Texts.photoCount(view.totals().photos()),
                Formats.km(view.totals().distance()),
                Texts.sequenceCount(sequences.size()),
                bounds(sequences).map(Formats::bounds).orElse(null),
                sequences.stream()
                        .map(s -> Paths.sequence(s.id().toString()) + SequenceDownloads.Format.GEOJSON.suffix())
                        .collect(Collectors.joining(" ")),
                new LikeModel(url + "/like", csrf, mayLike, liked, Texts.likeCount(view.likeCount())),
                viewer.isEmpty(),
                sequences.stream().map(SequenceCard::of).toList(),
                viewer.filter(v -> tour.owner().equals(v.id()))
                        .map(v -> ownerControls.model(ctx, view, refusal))
                        .orElse(null));
        pages.send(
                ctx,
                status,
                pages.templates().tour(pages.mapLayout(ctx, tour.details().name()), model));
    }

    private static Optional<BoundingBox> bounds(List<SequenceSummary> sequences) {
        return sequences.stream()
                .map(SequenceSummary::bounds)
                .filter(b -> b != null)
                .reduce(BoundingBox::union);
    }
}
