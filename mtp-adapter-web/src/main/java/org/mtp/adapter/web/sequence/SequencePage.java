package org.mtp.adapter.web.sequence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.in.social.LikeStatusUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;

/**
 * Web page {@code /sequences/{id}}: the track on a map, the metadata, the like control and the photos (with their
 * thumbnails, loaded lazily from {@link ThumbnailRoute}, when Mapillary is configured), 50 a page; the same path with
 * {@code .gpx} or {@code .geojson} downloads the track. Someone else's draft is not found; the owner sees the links to
 * edit and delete it, and the owner of a published sequence also "Add to tour" with their tours
 * ({@link AddToTourAction} takes its post).
 */
public final class SequencePage {

    static final int PHOTOS_PER_PAGE = 50;
    static final int TOURS_OFFERED = 50;
    static final String ADDED_TO = "added_to";

    private final PageWriter pages;
    private final GetSequenceUseCase sequences;
    private final LikeStatusUseCase likeStatus;
    private final boolean thumbnails;
    private final ListToursUseCase tours;
    private final SequenceDownloads downloads = new SequenceDownloads();

    /** {@code thumbnails}: whether the photos show their thumbnails, which only a configured Mapillary app serves. */
    public SequencePage(
            PageWriter pages,
            GetSequenceUseCase sequences,
            LikeStatusUseCase likeStatus,
            boolean thumbnails,
            ListToursUseCase tours) {
        this.pages = pages;
        this.sequences = sequences;
        this.likeStatus = likeStatus;
        this.thumbnails = thumbnails;
        this.tours = tours;
    }

    public void register(RoutesConfig routes) {
        routes.get("/sequences/{id}", this::show);
    }

    private void show(Context ctx) {
        String raw = ctx.pathParam("id");
        Optional<Viewer> viewer = pages.viewer(ctx);
        for (SequenceDownloads.Format format : SequenceDownloads.Format.values()) {
            if (raw.endsWith(format.suffix())) {
                SequenceView view = read(
                        viewer, raw.substring(0, raw.length() - format.suffix().length()));
                pages.headers(ctx);
                downloads.send(ctx, format, view);
                return;
            }
        }
        render(ctx, 200, read(viewer, raw), viewer, null);
    }

    /** Sends the page again with 422 and {@code error} next to the "Add to tour" control, after a refused addition. */
    void refuseAddToTour(Context ctx, SequenceId id, String error) {
        Optional<Viewer> viewer = pages.viewer(ctx);
        render(ctx, 422, read(viewer, id.toString()), viewer, error);
    }

    private void render(Context ctx, int status, SequenceView view, Optional<Viewer> viewer, String tourError) {
        Sequence s = view.sequence();
        pages.send(
                ctx,
                status,
                pages.templates()
                        .sequence(pages.mapLayout(ctx, s.details().name()), model(ctx, view, viewer, tourError)));
    }

    private SequenceView read(Optional<Viewer> viewer, String id) {
        return sequences.get(viewer.map(Viewer::id).orElse(null), SequenceId.parse("id", id));
    }

    private SequenceModel model(Context ctx, SequenceView view, Optional<Viewer> viewer, String tourError) {
        Sequence s = view.sequence();
        String url = Paths.sequence(s.id().toString());
        boolean mayAct = viewer.isPresent()
                && s.isPublished()
                && !s.owner().equals(viewer.get().id());
        String csrf = mayAct ? pages.csrf().token(ctx) : null;
        boolean owner = viewer.isPresent() && s.owner().equals(viewer.get().id());
        boolean liked = mayAct && likeStatus.likes(viewer.get().id(), LikeTarget.sequence(s.id()));
        List<Photo> photos = s.photos();
        int pageCount = Math.max(1, (photos.size() + PHOTOS_PER_PAGE - 1) / PHOTOS_PER_PAGE);
        int page = Math.min(photoPage(ctx), pageCount);
        int from = (page - 1) * PHOTOS_PER_PAGE;
        List<PhotoRow> rows = new ArrayList<>();
        for (int i = from; i < Math.min(photos.size(), from + PHOTOS_PER_PAGE); i++) {
            rows.add(SocialControls.photoRow(url, csrf, mayAct, thumbnails, i + 1, photos.get(i), view));
        }
        return new SequenceModel(
                s.details().name(),
                s.details().description(),
                view.ownerName().value(),
                Paths.user(view.ownerName().value()),
                s.details().transportType().displayName(),
                s.details().tags().names(),
                s.capturedAt().map(Formats::utc).orElse(null),
                s.capturedAt().map(Formats::iso).orElse(null),
                camera(s),
                Formats.km(s.distance()),
                Texts.photoCount(s.photoCount()),
                !s.isPublished(),
                url + SequenceDownloads.Format.GEOJSON.suffix(),
                url + SequenceDownloads.Format.GPX.suffix(),
                s.bounds().map(Formats::bounds).orElse(null),
                new LikeModel(url + "/like", csrf, mayAct, liked, Texts.likeCount(view.likeCount())),
                viewer.isEmpty() && s.isPublished(),
                rows,
                from + 1,
                pageCount > 1 ? Texts.pageOf(page, pageCount) : null,
                page > 1 ? url + "?page=" + (page - 1) : null,
                page < pageCount ? url + "?page=" + (page + 1) : null,
                owner ? Paths.editSequence(s.id().toString()) : null,
                owner ? Paths.deleteSequence(s.id().toString()) : null,
                viewer.filter(v -> s.isPublished() && s.owner().equals(v.id()))
                        .map(v -> addToTour(ctx, s, v, tourError))
                        .orElse(null));
    }

    /** The owner's tours split into those that may take the sequence and those that hold it already. */
    private AddToTourModel addToTour(Context ctx, Sequence s, Viewer owner, String error) {
        List<AddToTourModel.TourLink> choices = new ArrayList<>();
        List<AddToTourModel.TourLink> holding = new ArrayList<>();
        String addedId = ctx.queryParam(ADDED_TO);
        AddToTourModel.TourLink added = null;
        for (TourView tour :
                tours.list(owner.username(), PageRequest.first(TOURS_OFFERED)).items()) {
            String id = tour.tour().id().toString();
            AddToTourModel.TourLink link =
                    new AddToTourModel.TourLink(id, tour.tour().details().name(), Paths.tour(id));
            (tour.tour().sequences().contains(s.id()) ? holding : choices).add(link);
            if (id.equals(addedId)) {
                added = link;
            }
        }
        return new AddToTourModel(
                Paths.sequence(s.id().toString()) + "/add-to-tour",
                pages.csrf().token(ctx),
                choices,
                holding,
                Paths.NEW_TOUR,
                added,
                error);
    }

    private static int photoPage(Context ctx) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw);
            if (page < 1) {
                throw new ValidationException("page", "must be a page number from 1");
            }
            return page;
        } catch (NumberFormatException e) {
            throw new ValidationException("page", "must be a page number from 1");
        }
    }

    private static String camera(Sequence s) {
        String make = s.cameraMake().map(m -> m.name()).orElse("");
        String model = s.cameraModel().map(m -> m.name()).orElse("");
        String both = (make + " " + model).trim();
        return both.isEmpty() ? null : both;
    }
}
